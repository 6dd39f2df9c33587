package clip

import "strings"

// Stop words are the short function words (articles, pronouns,
// prepositions, conjunctions, auxiliaries) that make up a large part of any
// running prose and little of menus, lists of names or product grids. Their
// density in a paragraph is the best single sign, language by language, that
// the paragraph is written text (jusText's insight). These lists were
// written for Margin: a little over a hundred of the most common function
// words of each language, enough for the density to separate prose from
// chrome; they are part of Margin's source and under its licence.
var stopWordLists = map[string]string{
	"en": `a about above after again against all also am an and any are as at be because been before being
		below between both but by can could did do does doing down during each few for from further had has
		have having he her here hers herself him himself his how i if in into is it its itself just me more
		most my myself no nor not now of off on once only or other our ours out over own same she should so
		some such than that the their theirs them then there these they this those through to too under
		until up very was we were what when where which while who whom why will with would you your yours`,
	"de": `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis
		bist da damit dann das dass dein deine dem den denn der des dich die dies diese diesem diesen dieser
		dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen gewesen
		hab habe haben hat hatte hätte ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jede jedem
		jeden jeder jedes jetzt kann kein keine können könnte man manche mehr mein meine mich mir mit muss
		nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner sich sie sind
		so solche soll sollte sondern sonst um und uns unser unter viel vom von vor war waren warum was weil
		welche wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen über`,
	"fr": `a à afin ai aient aille ainsi alors au aucun aussi autre aux avait avec avoir ce ceci cela celle celles
		celui ces cet cette ceux chez comme comment dans de des donc dont du elle elles en encore entre est et
		été être eu eux fait faire fut il ils je la le les leur leurs lui ma mais me même mes moi mon ne ni
		nos notre nous on ont ou où par pas peu peut plus pour pourquoi quand que quel quelle quelles quels
		qui sa sans se sera ses si sien son sont sous soit sur ta te tes toi ton tous tout toute toutes très
		tu un une vers via vos votre vous y`,
	"es": `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el
		él ella ellas ellos en entre era es esa esas ese eso esos esta estaba estas este esto estos está están
		fue fueron ha había han hasta hay la las le les lo los más me mi mis mucho muy nada ni no nos nosotros
		o otra otras otro otros para pero poco por porque que qué quien quienes se sea ser si sí siempre sin
		sino sobre son su sus también tanto te tiene tienen todo todos tu tus un una unas uno unos y ya yo`,
	"pt": `a à ao aos as às até com como da das de dela dele deles depois do dos e é ela elas ele eles em entre
		era essa essas esse esses esta estas este estes eu foi foram há isso isto já la lhe lhes mais mas me
		mesmo meu minha muito na nas nem no nos nós num numa o os ou para pela pelas pelo pelos por qual quando
		que quem se seja sem ser seu seus sua suas também te tem têm teu tua um uma umas uns você vocês`,
	"it": `a ad agli ai al alla alle allo anche che chi ci come con contro cui da dal dalla dalle degli dei del
		della delle dello di dove e è ed essere fa gli ha hanno i il in io la le lei lo loro lui ma mi mia mio
		ne negli nei nel nella nelle noi non nostro o per perché più poi quale quando quella quelle quello
		questa queste questo se sei si sia siamo sono su sua sue sui sul sulla suo suoi tra tu tutti tutto
		un una uno voi`,
	"pl": `a aby ale bardzo bez by był była było były być co czy dla do gdy gdzie go i ich ile im innych iż jak
		jako jednak jego jej jest jeszcze jeśli już kiedy kto która które którego której który których ma mi
		mnie może można na nad nam nas nie niż no o od oraz po pod przez przy sam się są ta tak także tam te
		tego tej ten też to tu tych tylko tym u w we więc wszystko z za ze że żeby`,
	"nl": `aan al als bij dan dat de deze die dit door een en er had heb hebben heeft het hij hoe hun ik in is
		je kan maar me meer men met mij mijn na naar niet nog nu of om ook op over te tot u uit van veel voor
		was wat we wel werd wie wij wordt zal ze zich zij zijn zo zoals`,
}

// stopScale scales the stop-word thresholds for a language whose prose
// has fewer function words: Polish marks case with endings where other
// languages use articles and prepositions.
var stopScale = map[string]float64{"pl": 0.7}

// stopWords holds each language's list as a set.
var stopWords = func() map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(stopWordLists))
	for lang, list := range stopWordLists {
		set := map[string]bool{}
		for _, w := range strings.Fields(list) {
			set[w] = true
		}
		out[lang] = set
	}
	return out
}()

// guessLanguage returns the language whose stop words are most frequent
// among words, or "" when none is frequent enough (a language Margin has no
// list for).
func guessLanguage(words []string) string {
	best, bestN := "", 0
	for lang, set := range stopWords {
		n := 0
		for _, w := range words {
			if set[w] {
				n++
			}
		}
		if n > bestN {
			best, bestN = lang, n
		}
	}
	if len(words) == 0 || float64(bestN)/float64(len(words)) < 0.1 {
		return ""
	}
	return best
}
