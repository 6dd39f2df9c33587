package annotate

// The sequence tagger of issue 16's eighteenth round (branch ner23s) is a
// study: it lives in seqtagger_model_test.go, with its weights, since
// Suggest does not run it (neither of its uses carried; docs/entities.md).
// What the type classifier reads of it, where a study sets
// seqFeatureSpans, is here.

// seqSpan is a name the tagger found: tokens [a, b), its type, and its
// margin, the least lead of the tag it gave any of its tokens over the
// best other tag it could have given.
type seqSpan struct {
	a, b   int
	typ    EntityType
	margin float32
}

// seqFeatureSpans, when set (by a study), gives the tagger's names in a
// text for the type classifier's features (seqClassFeaturesOf), so that
// the study can give each training page the names of a tagger trained
// without it. The embedded classifier goes without them: they did not
// carry (docs/entities.md, issue 16's eighteenth round).
var seqFeatureSpans func(runes []rune, toks []token) []seqSpan

// seqClassFeaturesOf are the type classifier's features from the
// tagger's names seqs for a candidate of tokens [a, b) the rules typed
// typ: the type of the name the tagger found there exactly, by its
// margin, whether it agrees with the rules, or that the tagger found a
// name across the candidate's bounds or none.
func seqClassFeaturesOf(seqs []seqSpan, a, b int, typ EntityType) []string {
	t := string(typ)
	if t == "" {
		t = "none"
	}
	for _, s := range seqs {
		if s.b <= a || b <= s.a {
			continue
		}
		if s.a != a || s.b != b {
			return []string{"seq=across", "seq=across+type=" + t}
		}
		agree, bucket := "differs", "0"
		if s.typ == typ {
			agree = "agrees"
		}
		switch {
		case s.margin >= 20:
			bucket = "20"
		case s.margin >= 5:
			bucket = "5"
		}
		return []string{"seq=" + string(s.typ), "seq=" + string(s.typ) + "+type=" + t,
			"seq-typed=" + agree, "seq-typed=" + agree + "+margin=" + bucket}
	}
	return []string{"seq=none", "seq=none+type=" + t}
}
