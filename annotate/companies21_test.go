package annotate

func init() {
	ruleCases[ruleCompanyAnnounces] = []ruleCase{
		{text: "Yesterday Quillex Systems announced a new tablet.", phrase: "Quillex Systems", want: []string{"organization:Quillex Systems"}},
		{text: "Then Brelmo Labs launched a tablet.", phrase: "Brelmo Labs", want: []string{"organization:Brelmo Labs"}},
		{text: "Zorblo Labs unveiled its phone on Monday.", phrase: "Zorblo Labs", want: []string{"organization:Zorblo Labs"}},
		{text: "One firm sells it. Another, Brelmo, announced last April that it will too.", phrase: "Brelmo", want: []string{"organization:Brelmo"}},
		{text: "Later this year Varrowgate will start shipping the drives.", phrase: "Varrowgate", want: []string{"organization:Varrowgate"}},
		{text: "In May Quillon began selling the kit.", phrase: "Quillon", want: []string{"organization:Quillon"}},
		// A person named in full or by a surname the text gave, a given
		// name, a place, a passive, a sentence's English first word.
		{text: "Ann Quillby announced her run.", phrase: "Ann Quillby"},
		{text: "Ann Quillby spoke. Later Quillby announced her run.", phrase: "Quillby", prior: "Ann Quillby"},
		{text: "Yesterday Laura announced her run.", phrase: "Laura"},
		{text: "Yesterday China announced new tariffs.", phrase: "China"},
		{text: "The cuts were announced by Quillex.", phrase: "Quillex"},
		{text: "Nothing was announced. Today announced a change.", phrase: "Today"},
		{text: "Yesterday Quillex Systems announced.", phrase: "Quillex Systems"},
		{text: "Then Customs and Brelmo Protection announced a seizure.", phrase: "Brelmo Protection"},
		// One word the recogniser reads as a person's announces as a
		// surname does ("Rivlin launches a campaign"); a company ships.
		{text: "Yesterday Quillex announced a new tablet.", phrase: "Quillex"},
		{text: "Yesterday Quillex will start talks.", phrase: "Quillex"},
	}
	ruleCases[ruleOutletOfDocument] = []ruleCase{
		{text: "He said so, according to a transcript reviewed by Brelmo Insider.", phrase: "Brelmo Insider", want: []string{"organization:Brelmo Insider"}},
		{text: "The emails, seen by Quillpost, show it.", phrase: "Quillpost", want: []string{"organization:Quillpost"}},
		{text: "Documents obtained by the Zorbly Times show it.", phrase: "Zorbly Times", want: []string{"organization:Zorbly Times"}},
		// No document, or a person.
		{text: "The plan was reviewed by Quillpost.", phrase: "Quillpost"},
		{text: "The memo was reviewed by Ann Quillby.", phrase: "Ann Quillby"},
		{text: "The letter was seen by Laura.", phrase: "Laura"},
	}
}
