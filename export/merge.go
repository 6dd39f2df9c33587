package export

import (
	"bytes"
	"reflect"
	"slices"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
	"gopkg.in/yaml.v3"
)

// This file merges a note Margin wrote before and the person then edited
// with the note Margin writes now: a three-way merge against what Margin
// last wrote (the base, kept in the library). The front matter is merged
// property by property, so a property the person added or changed stays and
// Obsidian rewriting the whole header is no conflict; the body is merged
// line by line, as diff3 does.
//
// Where the person and Margin changed the same property or the same lines
// differently, the person's version is kept and the merge reports a
// conflict; the caller leaves Margin's version beside the note.

// mergeResult is the note after a merge.
type mergeResult struct {
	text string
	// conflicts names what both changed: properties by name, body
	// passages by their first line as the person has it.
	conflicts []string
}

// mergeNote merges theirs (the note on disk) with ours (Margin's new note),
// both descended from base.
func mergeNote(base, theirs, ours string) mergeResult {
	switch {
	case theirs == base:
		return mergeResult{text: ours}
	case ours == base || ours == theirs:
		return mergeResult{text: theirs}
	}
	bf, bb := splitNote(base)
	tf, tb := splitNote(theirs)
	of, ob := splitNote(ours)
	var res mergeResult
	fm, fc := mergeFrontMatter(bf, tf, of)
	body, bc := merge3Lines(bb, tb, ob)
	res.conflicts = append(fc, bc...)
	res.text = fm + body
	return res
}

// splitNote cuts a note into its front matter (with both --- lines and the
// line break after the second) and the rest.
func splitNote(s string) (fm, body string) {
	if !strings.HasPrefix(s, "---\n") {
		return "", s
	}
	i := strings.Index(s[4:], "\n---\n")
	if i < 0 {
		if strings.HasSuffix(s, "\n---") {
			return s, ""
		}
		return "", s
	}
	end := 4 + i + len("\n---\n")
	return s[:end], s[end:]
}

// yamlMap parses front matter into its mapping node, or nil.
func yamlMap(fm string) *yaml.Node {
	if fm == "" {
		return nil
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(fm, "---\n"), "---\n")
	inner = strings.TrimSuffix(inner, "---")
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(inner), &doc); err != nil || len(doc.Content) == 0 {
		return nil
	}
	if m := doc.Content[0]; m.Kind == yaml.MappingNode {
		return m
	}
	return nil
}

// property is one key of a front matter mapping.
type property struct {
	key     string
	keyNode *yaml.Node
	value   *yaml.Node
}

func properties(m *yaml.Node) []property {
	if m == nil {
		return nil
	}
	var ps []property
	for i := 0; i+1 < len(m.Content); i += 2 {
		ps = append(ps, property{key: m.Content[i].Value, keyNode: m.Content[i], value: m.Content[i+1]})
	}
	return ps
}

func lookup(ps []property, key string) (*yaml.Node, bool) {
	for _, p := range ps {
		if p.key == key {
			return p.value, true
		}
	}
	return nil, false
}

// sameValue reports whether two YAML values mean the same, however they are
// written (quoted or not, flow or block lists).
func sameValue(a, b *yaml.Node) bool {
	var va, vb any
	if a.Decode(&va) != nil || b.Decode(&vb) != nil {
		return false
	}
	return reflect.DeepEqual(va, vb)
}

// identityKeys name the note's clipping and library: Margin writes them
// back if they went, or the note would not be found again.
var identityKeys = map[string]bool{"margin_id": true, "margin_library": true}

// mergeFrontMatter merges the three headers property by property.
func mergeFrontMatter(base, theirs, ours string) (string, []string) {
	switch {
	case theirs == base:
		return ours, nil
	case ours == base || ours == theirs:
		return theirs, nil
	case theirs == "":
		// The person removed the header; nothing of it comes back.
		return "", nil
	}
	bp, tp, op := properties(yamlMap(base)), properties(yamlMap(theirs)), properties(yamlMap(ours))
	if tp == nil && yamlMap(theirs) == nil {
		// A header YAML cannot read is the person's to fix; keep it.
		return theirs, nil
	}
	out := &yaml.Node{Kind: yaml.MappingNode}
	changed := false
	var conflicts []string
	add := func(k, v *yaml.Node) { out.Content = append(out.Content, k, v) }
	for _, p := range tp {
		b, inBase := lookup(bp, p.key)
		o, inOurs := lookup(op, p.key)
		switch {
		case !inOurs && !inBase:
			add(p.keyNode, p.value) // the person's own property
		case !inOurs:
			if sameValue(p.value, b) {
				changed = true // Margin dropped it and the person left it alone
				continue
			}
			add(p.keyNode, p.value)
		case inBase && sameValue(p.value, b):
			if !sameValue(o, b) {
				changed = true
			}
			add(p.keyNode, o)
		case sameValue(p.value, o) || (inBase && sameValue(o, b)):
			add(p.keyNode, p.value)
		default:
			add(p.keyNode, p.value)
			conflicts = append(conflicts, "property "+p.key)
		}
	}
	for _, p := range op {
		if _, ok := lookup(tp, p.key); ok {
			continue
		}
		if b, inBase := lookup(bp, p.key); inBase && !identityKeys[p.key] {
			// The person deleted it; it stays deleted unless Margin's
			// value changed too.
			if !sameValue(p.value, b) {
				conflicts = append(conflicts, "property "+p.key)
			}
			continue
		}
		add(p.keyNode, p.value)
		changed = true
	}
	if !changed {
		return theirs, conflicts
	}
	var buf bytes.Buffer
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil || enc.Close() != nil {
		return theirs, append(conflicts, "the properties")
	}
	buf.WriteString("---\n")
	return buf.String(), conflicts
}

// hunk replaces the base's lines [start, end) with lines.
type hunk struct {
	start, end int
	lines      []string
	ours       bool
}

// splitLines cuts s into lines that keep their line breaks.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	ls := strings.SplitAfter(s, "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// hunks returns the changes from base to other, line by line.
func hunks(base, other string, ours bool) []hunk {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	a, b, lines := dmp.DiffLinesToChars(base, other)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	var out []hunk
	pos := 0
	var cur *hunk
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for _, d := range diffs {
		n := len(splitLines(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			flush()
			pos += n
		case diffmatchpatch.DiffDelete:
			if cur == nil {
				cur = &hunk{start: pos, end: pos, ours: ours}
			}
			pos += n
			cur.end = pos
		case diffmatchpatch.DiffInsert:
			if cur == nil {
				cur = &hunk{start: pos, end: pos, ours: ours}
			}
			cur.lines = append(cur.lines, splitLines(d.Text)...)
		}
	}
	flush()
	return out
}

// merge3Lines merges two texts descended from base, line by line. Changes
// to different lines are both applied; where both sides insert at the same
// place, Margin's lines come first and the person's follow, so nothing is
// lost; where both change the same lines differently, the person's version
// is kept and the conflict is named.
func merge3Lines(base, theirs, ours string) (string, []string) {
	if theirs == base {
		return ours, nil
	}
	if ours == base || ours == theirs {
		return theirs, nil
	}
	bl := splitLines(base)
	all := append(hunks(base, theirs, false), hunks(base, ours, true)...)
	slices.SortStableFunc(all, func(a, b hunk) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var sb strings.Builder
	var conflicts []string
	pos := 0
	for i := 0; i < len(all); {
		// A cluster is hunks whose base ranges overlap, or insertions at
		// one place.
		s, e := all[i].start, all[i].end
		j := i + 1
		for j < len(all) && (all[j].start < e || (all[j].start == s && all[j].end == s && e == s)) {
			e = max(e, all[j].end)
			j++
		}
		cluster := all[i:j]
		i = j
		for _, l := range bl[pos:s] {
			sb.WriteString(l)
		}
		pos = e
		side := func(ours bool) ([]string, bool) {
			var out []string
			at, any := s, false
			for _, h := range cluster {
				if h.ours != ours {
					continue
				}
				any = true
				out = append(out, bl[at:h.start]...)
				out = append(out, h.lines...)
				at = h.end
			}
			return append(out, bl[at:e]...), any
		}
		t, hasT := side(false)
		o, hasO := side(true)
		switch {
		case !hasO || slices.Equal(t, o):
			writeLines(&sb, t)
		case !hasT:
			writeLines(&sb, o)
		case s == e:
			writeLines(&sb, o)
			writeLines(&sb, t)
		default:
			writeLines(&sb, t)
			first := ""
			for _, l := range t {
				if strings.TrimSpace(l) != "" {
					first = strings.TrimSpace(l)
					break
				}
			}
			if r := []rune(first); len(r) > 60 {
				first = string(r[:60]) + "…"
			}
			conflicts = append(conflicts, "the passage starting "+quoteFor(first))
		}
	}
	for _, l := range bl[pos:] {
		sb.WriteString(l)
	}
	return sb.String(), conflicts
}

func writeLines(sb *strings.Builder, lines []string) {
	for _, l := range lines {
		sb.WriteString(l)
	}
}

func quoteFor(s string) string {
	if s == "" {
		return "with blank lines"
	}
	return "“" + s + "”"
}
