package annotate

// The cases of the rules of chrome.go, run by TestPhraseRules with the
// other rules' cases. The sentences are invented.
func init() {
	ruleCases[ruleTimeZone] = []ruleCase{
		{text: "February 04, 2026 04:34 am (IST)\nFollow us", phrase: "IST", want: []string{}},
		{text: "The vote closes at 9 p.m. AEST on Friday.", phrase: "AEST", want: []string{}},
		{text: "Trading opens at 09:30 EDT.", phrase: "EDT", want: []string{}},
		// Not after a time: an organisation's acronym or a name.
		{text: "The IST said the exam was fair.", phrase: "IST"},
		{text: "He joined AT&T in 2019, and IBM at 9 am.", phrase: "IBM"},
	}
	ruleCases[rulePriceOff] = []ruleCase{
		{text: "King of Monitors: 35% Off Dell Alienware AW3418DW now.", phrase: "Off Dell Alienware", left: "Dell Alienware"},
		{text: "Deal: $15 Off Apple AirPods Pro on Amazon.", phrase: "Off Apple AirPods Pro", left: "Apple AirPods Pro"},
		{text: "The show moved Off Broadway last year.", phrase: "Off Broadway", left: "Off Broadway"},
	}
	ruleCases[ruleCapitalsForEmphasis] = []ruleCase{
		{text: "You will have to upgrade to it BEFORE signing up.", phrase: "BEFORE", want: []string{}},
		{text: "This was a HUGE stumbling block for me.", phrase: "HUGE", want: []string{}},
		{text: "Viewing age of 48 months\n\nSTAFF\nChoreographer Ann Wu", phrase: "STAFF", want: []string{}},
		// An acronym that is no English word, or one the lists hold.
		{text: "The rover was built by NASA engineers.", phrase: "NASA"},
		{text: "He told the FBI everything.", phrase: "FBI"},
	}
}
