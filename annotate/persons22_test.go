package annotate

// The table cases of the rules of persons22.go, on sentences written for
// the test (no sentence of a gold article; the towns are of GeoNames, the
// other names invented).
func init() {
	ruleCases[ruleCreditGivenTitle] = []ruleCase{
		{text: "Rates fell.\n(Reporting by Ann Quill; Writing by Dean Varrowby; Editing by Bo Lund)", phrase: "Dean Varrowby", want: []string{"person:Dean Varrowby"}},
		{text: "Photo by Major Quillby", phrase: "Major Quillby", want: []string{"person:Major Quillby"}},
		{text: "Rates fell.\nBy Dean Varrowby\nMore.", phrase: "Dean Varrowby", want: []string{"person:Dean Varrowby"}}, // a byline
		{text: "The speech was given by Dean Varrowby on Monday.", phrase: "Dean Varrowby"},                             // no credit: the dean of a college
		{text: "Writing by Dean Varrowby Stadium staff.", phrase: "Dean Varrowby Stadium"},                              // a place's word
		{text: "Writing by President Varrowby.", phrase: "President Varrowby"},                                          // no given name
		{text: "Writing by Dean Smith Jones Quill.", phrase: "Dean Smith Jones Quill"},                                  // four words
		{text: "By Ann Quill and Dean Varrowby\n\nRates fell.", phrase: "Dean Varrowby", want: []string{"person:Dean Varrowby"}},
		{text: "It was given by Ann Quill and Dean Varrowby on Monday.", phrase: "Dean Varrowby"}, // no credit
	}
	ruleCases[ruleTitleOfAddress] = []ruleCase{
		{text: "In the years that Mullah Quarrow ruled, little grew.", phrase: "Mullah Quarrow", want: []string{"person:Quarrow"}},
		{text: "We may have to visit Aunt Bernice soon.", phrase: "Aunt Bernice", want: []string{"person:Bernice"}},
		{text: "The deal was blessed by Sheik Ahmed Quarrowi.", phrase: "Sheik Ahmed Quarrowi", want: []string{"person:Ahmed Quarrowi"}},
		{text: "Sheik Quarrow al-Varrowi spoke.", phrase: "Sheik Quarrow al-Varrowi", want: []string{"person:Quarrow al-Varrowi"}},
		{text: "They ate at Aunt Quilly's Kitchen.", phrase: "Aunt Quilly's Kitchen"}, // a place's word
		{text: "He lives near Aunt Bread today.", phrase: "Aunt Bread"},               // a word of English
		{text: "Pastor Quarrow Varrowby Smith Lund spoke.", phrase: "Pastor Quarrow Varrowby Smith Lund"},
	}
	ruleCases[ruleSurnameAfterHonorific] = []ruleCase{
		{text: "It was not Dr. King's choice, he said.", phrase: "Dr. King", want: []string{"person:King"}},
		{text: "Mr. Bishop said the plan was sound.", phrase: "Mr. Bishop", want: []string{"person:Bishop"}},
		{text: "Governor King said the plan was sound.", phrase: "Governor King"},       // no honorific
		{text: "Dr. Surgeon said the plan was sound.", phrase: "Dr. Surgeon"},           // no surname of the census
		{text: "Dr. Quarrow said the plan was sound.", phrase: "Dr. Quarrow"},           // no title: splitAtTitle's
		{text: "Dr. King Quarrow said the plan was sound.", phrase: "Dr. King Quarrow"}, // three words
	}
	ruleCases[ruleTownOfDateline] = []ruleCase{
		{text: "TRENTON — Gov. Ann Quill spoke on Tuesday.", phrase: "TRENTON", want: []string{"place:TRENTON"}},
		{text: "Story.\nPERRIS, Calif. - A woman was arrested.", phrase: "PERRIS", want: []string{"place:PERRIS"}},
		{text: "Story.\nWARREN – The county met.", phrase: "WARREN", want: []string{"place:WARREN"}},
		{text: "QUARROWBY — The county met.", phrase: "QUARROWBY"},                     // no town
		{text: "TRENTON – LIFT OFF TOUR", phrase: "TRENTON"},                           // a heading: no sentence after
		{text: "The plan (TRENTON) grew.\nTRENTON — The plan met.", phrase: "TRENTON"}, // an abbreviation of the text
		{text: "Trenton — Ann Quill spoke.", phrase: "Trenton"},                        // not in capitals
		{text: "He said TRENTON — The plan met.", phrase: "TRENTON"},                   // not at a line's start
	}
	ruleCases[ruleNameAfterRoleComma] = []ruleCase{
		{text: "The captain, Quarrowi, an Indonesian who uses one name, flew.", phrase: "Quarrowi", want: []string{"person:Quarrowi"}},
		{text: "Her husband, Ann Quill, said the plan was sound.", phrase: "Ann Quill", want: []string{"person:Ann Quill"}},
		{text: "Her husband, Quarrowi said the plan was sound.", phrase: "Quarrowi", want: []string{"person:Quarrowi"}},
		{text: "The captain, Quarrowi stayed on board.", phrase: "Quarrowi"}, // no comma nor speech after
		{text: "The capital, Quarrowi, is small.", phrase: "Quarrowi"},       // no role
		{text: "The captain, Golden, is small.", phrase: "Golden"},           // a word of English
		{text: "Her husband, Kenya, said so.", phrase: "Kenya"},              // a place of the gazetteer
		{text: "The Captain, Quarrowi, said so.", phrase: "Quarrowi"},        // a role in capitals: a heading's
	}
	ruleCases[ruleJobInTitleCase] = []ruleCase{
		{text: "State Park Ranger Supervisor Ann Quarrow said the attack was rare.", phrase: "State Park Ranger Supervisor Ann Quarrow", want: []string{"person:Ann Quarrow"}},
		{text: "The county's Senior Program Coordinator Ann Quarrow, who ran it, left.", phrase: "Senior Program Coordinator Ann Quarrow", want: []string{":Senior Program Coordinator", "person:Ann Quarrow"}},
		{text: "Victor Stanley Quarrow said the plan was sound.", phrase: "Victor Stanley Quarrow"},              // a given name that is a word
		{text: "State Park Ranger Ann Quarrow Day is on Monday.", phrase: "State Park Ranger Ann Quarrow Day"},   // not a name's end
		{text: "Quillton Park Ranger Ann Quarrow said it was rare.", phrase: "Quillton Park Ranger Ann Quarrow"}, // a word no list holds
		{text: "State Park Center Ann Quarrow said it was rare.", phrase: "State Park Center Ann Quarrow"},       // a place's word
	}
	ruleCases[rulePlaceInCapitals] = []ruleCase{
		{text: "NEW DELHI (Reuters) - Shares rose.", phrase: "NEW DELHI", want: []string{"place:NEW DELHI"}},
		{text: "Story.\nNEW YORK — Stocks fell.", phrase: "NEW YORK", want: []string{"place:NEW YORK"}},
		{text: "NEW QUARROW (Reuters) - Shares rose.", phrase: "NEW QUARROW"}, // no place
		{text: "The NEW DELHI Office grew.", phrase: "NEW DELHI Office"},      // not all in capitals
		{text: "DELHI NEW (Reuters) - Shares rose.", phrase: "DELHI NEW"},     // no word of emphasis first
	}
}
