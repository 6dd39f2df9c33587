package annotate

func init() {
	ruleCases[ruleWordsNamedWhole] = []ruleCase{
		{text: "Star Quarry fans wait. The Star Quarry saga goes on.", phrase: "Star Quarry", want: []string{":Star Quarry"}},
		{text: "Happy Quarry Day to all. Happy Quarry Day again.", phrase: "Happy Quarry Day", want: []string{":Happy Quarry Day"}},
		{text: "The Star Quarry Saga began. Star Quarry fans wait.", phrase: "Star Quarry Saga", want: []string{":Star Quarry Saga"}},
		{text: "Mark Wood spoke. Mark Wood left. Wood said no.", phrase: "Mark Wood"},                      // the surname alone
		{text: "Mark Wood spoke, and he left.", phrase: "Mark Wood"},                                       // named whole once
		{text: "Star Quillhart spoke. Star Quillhart left.", phrase: "Star Quillhart"},                     // no word of the dictionary
		{text: "Star Ann Wood spoke. Star Ann Wood left.", phrase: "Star Ann Wood"},                        // a given name after it
		{text: "Zephyr Wood spoke. Zephyr Wood left.", phrase: "Zephyr Wood"},                              // a given name that is no word
		{text: "West Quarry Division won. The West Quarry Division lost.", phrase: "West Quarry Division"}, // a compass point
		{text: "Star QUARRY fans wait. Star QUARRY again.", phrase: "Star QUARRY"},                         // capitals
	}
}
