package annotate

// The cases of the sixteenth round's type rules (types21.go) join the
// tables of the phrase rules they narrow.
func init() {
	ruleCases["a team in a sports report"] = append(ruleCases["a team in a sports report"],
		ruleCase{text: sportsReport + " The pressure told in Canada’s batsmen late on.", phrase: "Canada",
			want: []string{"organization:Canada"}},
		ruleCase{text: sportsReport + " It was the bottom half of Norway’s batting.", phrase: "Norway",
			want: []string{"organization:Norway"}},
		ruleCase{text: sportsReport + " The spirit of Norway’s players held.", phrase: "Norway", want: []string{"organization:Norway"}},
		ruleCase{text: sportsReport + " The rematch is in Norway’s capital.", phrase: "Norway"},
		// Outside a sports report only a player's position or the play
		// says the team; a country's defence is its own.
		ruleCase{text: "The weakness of Brazil’s goalkeeper cost them.", phrase: "Brazil", want: []string{"organization:Brazil"}},
		ruleCase{text: "A review of Britain’s defence was published.", phrase: "Britain"},
	)
	ruleCases[rulePlaceLastWord] = append(ruleCases[rulePlaceLastWord],
		ruleCase{text: "He was parked on Edmond Street that night.", phrase: "Edmond Street", want: []string{"place:Edmond Street"}},
		ruleCase{text: "Deputies went to the 400 block of Harold Avenue.", phrase: "Harold Avenue", want: []string{"place:Harold Avenue"}},
		ruleCase{text: "A shop off Jane Lane closed.", phrase: "Jane Lane", want: []string{"place:Jane Lane"}},
		ruleCase{text: "A reporter asked Jane Lane about it.", phrase: "Jane Lane"},
		ruleCase{text: "The film is based on Sally Field's memoir.", phrase: "Sally Field"},
	)
}
