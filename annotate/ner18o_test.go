package annotate

// Table cases of the words ner18o's first-sight pages showed missing, on
// sentences written for the test (no name of a gold article): where guests
// stay ("Spa", "Casino", "Inn", "Motel" last; "Hotel", "Hôtel" first), a
// treaty's last word ("Agreement", "Accord", "Treaty", "Protocol") and a
// magazine's ("Magazine").
func init() {
	ruleCases[rulePlaceLastWord] = append(ruleCases[rulePlaceLastWord],
		ruleCase{text: "They married at the Quillan Resort and Spa last June.", phrase: "Quillan Resort and Spa", want: []string{"place:Quillan Resort and Spa"}},
		ruleCase{text: "Guests at Varrow Resort Casino lost money.", phrase: "Varrow Resort Casino", want: []string{"place:Varrow Resort Casino"}},
		ruleCase{text: "We stayed at the Brelford Inn for a week.", phrase: "Brelford Inn", want: []string{"place:Brelford Inn"}},
		ruleCase{text: "He sold the Zorbly Motel in May.", phrase: "Zorbly Motel", want: []string{"place:Zorbly Motel"}},
	)
	ruleCases["a place by its first word"] = append(ruleCases["a place by its first word"],
		ruleCase{text: "A room at Hôtel du Quillan costs more.", phrase: "Hôtel du Quillan", want: []string{"place:Hôtel du Quillan"}},
		ruleCase{text: "The group owns Hotel Varrow in Brelford.", phrase: "Hotel Varrow", want: []string{"place:Hotel Varrow"}},
	)
	ruleCases["a law or award by its last word"] = append(ruleCases["a law or award by its last word"],
		ruleCase{text: "The targets of the Quillan Agreement are far off.", phrase: "Quillan Agreement", want: []string{"other:Quillan Agreement"}},
		ruleCase{text: "Both states signed the Varrow Treaty in 1990.", phrase: "Varrow Treaty", want: []string{"other:Varrow Treaty"}},
		ruleCase{text: "Emissions rose after the Brelford Protocol.", phrase: "Brelford Protocol", want: []string{"other:Brelford Protocol"}},
	)
	ruleCases["an organisation by its cue words"] = append(ruleCases["an organisation by its cue words"],
		ruleCase{text: "She wrote for Quillan Magazine until May.", phrase: "Quillan Magazine", want: []string{"organization:Quillan Magazine"}},
	)
}

// A place noun the tagger reads as the sentence's verb is no cue
// (cueNounAsVerb).
func init() {
	ruleCases["a place before a place noun"] = append(ruleCases["a place before a place noun"],
		ruleCase{text: "In a letter, Ann Quillan states the following.", phrase: "Ann Quillan"},
		ruleCase{text: "Farms spread across Quarrington and Brelford states.", phrase: "Brelford", prior: "Quarrington", want: []string{"place:Brelford"}},
	)
}

// campusAfterAt's cases.
func init() {
	ruleCases["a campus after at"] = []ruleCase{
		{text: "She teaches at the University of Illinois at Chicago now.", phrase: "Chicago", prior: "University of Illinois", want: []string{"organization:University of Illinois at Chicago"}},
		{text: "He studied at the University of Illinois at Urbana-Champaign.", phrase: "Urbana-Champaign", prior: "University of Illinois", want: []string{"organization:University of Illinois at Urbana-Champaign"}},
		{text: "A talk at the University of Quillan at Chicago City Hall.", phrase: "Chicago City Hall", prior: "University of Quillan"},
		{text: "The Quux College at Chicago opened.", phrase: "Chicago", prior: "Quux College"},
		{text: "He spoke at Harvard University at Boston's request.", phrase: "Boston", prior: "Harvard University"},
	}
}

func init() {
	ruleCases["a campus after at"] = append(ruleCases["a campus after at"],
		ruleCase{text: "Ann Quillan, University of Illinois at Chicago\nJohn Varrow, writer", phrase: "Chicago", prior: "Ann Quillan|University of Illinois", want: []string{"organization:University of Illinois at Chicago"}},
	)
}

// kindInApposition's cases.
func init() {
	ruleCases["a business or place by its kind in apposition"] = []ruleCase{
		{text: "We went to Quillan Suisan, a kamaboko store in Brelford.", phrase: "Quillan Suisan", want: []string{"organization:Quillan Suisan"}},
		{text: "We went to 出塚 (Quillan Suisan), a kamaboko store in Brelford.", phrase: "Quillan Suisan", want: []string{"organization:Quillan Suisan"}},
		{text: "Dating back to 1930, Varrow Suisan is a fish cake factory/store in Brelford.", phrase: "Varrow Suisan", want: []string{"organization:Varrow Suisan"}},
		{text: "They opened Nam Quux, a destination resort amidst forests.", phrase: "Nam Quux", want: []string{"place:Nam Quux"}},
		{text: "Ann Quillan, a store owner, said no.", phrase: "Ann Quillan"},
		{text: "Ann Quillan is a city councillor.", phrase: "Ann Quillan"},
		{text: "Ann Quillan, a writer, said no.", phrase: "Ann Quillan"},
		// A trade a person follows: a person's name stays a person's.
		{text: "Ann Yeo, a jewellery maker, said she was worried.", phrase: "Ann Yeo"},
		{text: "Ann Quillan is a furniture maker in Brelford.", phrase: "Ann Quillan"},
		{text: "Brelco Suisan, a fish cake maker in Brelford, grew.", phrase: "Brelco Suisan", want: []string{"organization:Brelco Suisan"}},
	}
}

func init() {
	ruleCases["a business or place by its kind in apposition"] = append(ruleCases["a business or place by its kind in apposition"],
		ruleCase{text: "The all-day restaurant, Quux Reflection, offers views.", phrase: "Quux Reflection", want: []string{"place:Quux Reflection"}},
		ruleCase{text: "Its biggest supplier, Quux Suisan, said no.", phrase: "Quux Suisan", want: []string{"organization:Quux Suisan"}},
		ruleCase{text: "Its biggest supplier, Ann Quillan, said no.", phrase: "Ann Quillan"},
		ruleCase{text: "The restaurant said, Ann Quillan, no.", phrase: "Ann Quillan"},
	)
}
