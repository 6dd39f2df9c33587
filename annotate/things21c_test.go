package annotate

import "testing"

// The table cases of the phrase rules of things21c.go, on sentences
// written for the test (no name of a gold article).
func init() {
	ruleCases[ruleDiscFormat] = []ruleCase{
		{text: "Quux Films put the trilogy out on Blu-ray in 2011.", phrase: "Blu-ray", want: []string{"other:Blu-ray"}},
		{text: "Ann Varrow said 4K Blu-rays loaded quickly.", phrase: "Blu-rays", want: []string{"other:Blu-rays"}},
		{text: "Quux Media sold the film on HD DVD for a year.", phrase: "HD DVD", want: []string{"other:HD DVD"}},
		{text: "The Blu-ray Disc Association met in Quuxville.", phrase: "Blu-ray Disc Association"},
		{text: "Ann Varrow burned the songs to a DVD.", phrase: "DVD"},
	}
	ruleCases[ruleServiceWithPlus] = []ruleCase{
		{text: "If you just want Quuxflix+, you can sign up for a trial.", phrase: "Quuxflix", want: []string{"other:Quuxflix+"}},
		{text: "Viewers of the new Varrow TV+ streaming service can watch it.", phrase: "Varrow TV", want: []string{"other:Varrow TV+"}},
		{text: "The QZLTB+ Helpline answers calls every night.", phrase: "QZLTB"},
		{text: "The Quux+2 score was the best of the day.", phrase: "Quux"},
		{text: "Sign up for Quuxflix + Lanternly today.", phrase: "Quuxflix"},
	}
}

// otherOfWordCase is a sentence and a word of it, with the type its
// first suggestion of that text should have ("" where no suggestion of
// the word may be other).
type otherOfWordCase struct {
	name, text, word string
	want             EntityType
}

// checkOtherOfWord runs Suggest over each case's sentence: the first
// suggestion whose text is the word has the type wanted, or, where none
// is wanted, no suggestion of the word is other.
func checkOtherOfWord(t *testing.T, cases []otherOfWordCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range Suggest(c.text, nil) {
				if s.Selector.Exact != c.word {
					continue
				}
				if c.want == "" && s.Type == Other {
					t.Fatalf("%q suggested as other", c.word)
				}
				if c.want != "" && s.Type != c.want {
					t.Fatalf("%q suggested as %s, want %s", c.word, s.Type, c.want)
				}
				if c.want != "" {
					return
				}
			}
			if c.want != "" {
				t.Fatalf("%q not suggested", c.word)
			}
		})
	}
}

// TestFormatOfList: a disc format of the list, alone or in the plural, is
// other wherever it stands; a longer name it leads, and a format WordNet
// knows as a kind of thing ("DVD"), are not typed so. The people and
// companies are invented.
func TestFormatOfList(t *testing.T) {
	checkOtherOfWord(t, []otherOfWordCase{
		{"a format before a noun", "Quux Films put the trilogy out in a Blu-ray release in 2011.", "Blu-ray", Other},
		{"a format after a number", "The console has a slot-loading 4K Blu-ray drive and one port.", "Blu-ray", Other},
		{"a format in the plural", "Ann Varrow said 4K Blu-rays loaded quickly on the Quux console.", "Blu-rays", Other},
		{"a format of two words", "Quux Media sold the film on HD DVD for a year.", "HD DVD", Other},
		{"a format starting a sentence", "Blu-ray sales fell again, Quux Media said.", "Blu-ray", Other},
		{"a format leading a longer name", "The Blu-ray Disc Association met in Quuxville.", "Blu-ray", ""},
		{"a generic kind WordNet lists", "Ann Varrow burned the songs to a DVD for her friends.", "DVD", ""},
	})
}

// TestServiceWithPlus: a name written with a plus sign right after it is
// a service, other, sign and all; a plus after an acronym, after one
// letter, before a digit or apart from the name is not. The services and
// companies are invented.
func TestServiceWithPlus(t *testing.T) {
	checkOtherOfWord(t, []otherOfWordCase{
		{"a streaming service of one word", "If you just want Quuxflix+, you can sign up for a free trial.", "Quuxflix+", Other},
		{"a service of two words", "Viewers of the new Varrow TV+ streaming service can watch it.", "Varrow TV+", Other},
		{"a service after The starting a sentence", "The Quuxflix+ bundle costs less than before.", "Quuxflix+", Other},
		{"a service of two words again", "It is on Varrow TV+ now.", "Varrow TV+", Other},
		{"a service before a comma", "Sign up for the Quuxflix+, Lanternly and Mothbox bundle today.", "Quuxflix+", Other},
		{"a social network in a sentence", "She shared the photos on Quillnet+ and on her blog.", "Quillnet+", Other},
		{"a service joined to a company by an ampersand", "Sites like Quuxbook & Varrow+ track you.", "Varrow+", Other},
		{"an acronym widened by a plus", "The QZLTB+ Helpline answers calls every night.", "QZLTB+", ""},
		{"a plus before a digit", "The Quux+2 score was the best of the day.", "Quux+", ""},
		{"a plus apart from the name", "Sign up for Quuxflix + Lanternly today.", "Quuxflix +", ""},
	})
}

// TestSystemsAlone: an operating system named alone as a platform is
// other; "Android" and "Windows", English words too, only by a cue; a
// longer name or a version is left to other rules. The apps and people
// are invented.
func TestSystemsAlone(t *testing.T) {
	checkOtherOfWord(t, []otherOfWordCase{
		{"two systems after on", "The Quillchat app is available on iOS and Android today.", "Android", Other},
		{"a system of mixed case alone", "The Quillchat app is available on iOS and the web.", "iOS", Other},
		{"a system before a noun of devices", "Ann Varrow said Windows users get Quillchat next month.", "Windows", Other},
		{"a system at a line's start before app", "Updated iOS app: it records videos for Quux Media.", "iOS", Other},
		{"a system after for", "Quux Media made a version of Mothnote for Android last year.", "Android", Other},
		{"an English word after an article", "The robot was an Android of sorts, said Ann Varrow.", "Android", ""},
		{"windows of a house", "Ann Varrow opened the Windows to let the air in.", "Windows", ""},
		{"a system with no cue", "Ann Varrow said Windows had been painted blue.", "Windows", ""},
		{"a system starting a sentence", "Windows open onto the garden of Quux Hall.", "Windows", ""},
	})
}
