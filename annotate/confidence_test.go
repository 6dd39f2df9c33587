package annotate

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestLikelyNamesKeepsOrLeavesOutANameWhole checks that a name with its
// type is kept at every mention where one of them scores dropScore or
// more, and left out at every mention otherwise.
func TestLikelyNamesKeepsOrLeavesOutANameWhole(t *testing.T) {
	text := []rune("Quux met Quux in Zed. Quux left.")
	cands := []candidate{
		{start: 0, end: 4, typ: Organization},
		{start: 9, end: 13, typ: Organization},
		{start: 17, end: 20, typ: Place},
		{start: 22, end: 26, typ: Person},
	}
	scores := []float64{dropScore - 0.1, dropScore + 0.1, dropScore - 0.01, dropScore - 0.2}
	got := likelyNames(text, cands, scores)
	want := []bool{true, true, false, false}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("likelyNames = %v, want %v (an organisation with one likely mention kept whole; an unlikely place and a person of the organisation's name left out)", got, want)
	}
}

// TestSuggestLeavesOutUnlikelyNames checks that Suggest leaves out a name
// the rules type but the type classifier rates unlikely at all its
// mentions, and keeps the others: a town read as a club at its first
// mention, and as a place where the text says "in".
func TestSuggestLeavesOutUnlikelyNames(t *testing.T) {
	text := "Burnley moved top of the league after a 2-0 win over Zorbly. Ann Wu scored twice. Zorbly fans were quiet in Burnley."
	found := describe(suggestFound(text))
	if want := []string{"organization:Burnley", "organization:Zorbly", "person:Ann Wu", "organization:Zorbly", "place:Burnley"}; !reflect.DeepEqual(found, want) {
		t.Fatalf("the rules find %q, want %q", found, want)
	}
	for _, s := range Suggest(text, nil) {
		if s.Score < dropScore {
			t.Errorf("Suggest kept %s:%s scoring %.3f, below %.2f", s.Type, s.Selector.Exact, s.Score, dropScore)
		}
	}
	if got, want := describe(Suggest(text, nil)), []string{"organization:Zorbly", "person:Ann Wu", "organization:Zorbly", "place:Burnley"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Suggest = %q, want %q", got, want)
	}
}

// TestRuleConfidenceNamesRules checks that every key of ruleConfidence is
// the name of a rule, so that a rule renamed or removed does not leave its
// confidence behind under a name no candidate carries (the candidate would
// then score defaultConfidence). A rule's name is a row of phraseRules or
// lastWordKinds, or a name the package's code gives a candidate: assigned
// to a rule field, written as one in a composite literal, or passed as a
// function's rule parameter.
func TestRuleConfidenceNamesRules(t *testing.T) {
	names := ruleNamesInCode(t)
	for _, r := range phraseRules {
		names[r.name] = true
	}
	for _, k := range lastWordKinds {
		names[k.name] = true
	}
	var keys []string
	for k := range ruleConfidence {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !names[k] {
			t.Errorf("ruleConfidence[%q] names no rule", k)
		}
	}
}

// ruleNamesInCode reads the package's source (its test files left out) and
// returns the rule names its code gives candidates: the string, or string
// constant, assigned to a rule field (c.rule = ..., f.rule = ...), keyed
// rule in a composite literal, or passed as a parameter named rule.
func ruleNamesInCode(t *testing.T) map[string]bool {
	t.Helper()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	consts := map[string]string{} // a string constant's value by its name
	ruleParam := map[string]int{} // the place of a function's rule parameter
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				if d.Tok != gotoken.CONST {
					continue
				}
				for _, s := range d.Specs {
					vs := s.(*ast.ValueSpec)
					for i, v := range vs.Values {
						if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING && i < len(vs.Names) {
							if s, err := strconv.Unquote(lit.Value); err == nil {
								consts[vs.Names[i].Name] = s
							}
						}
					}
				}
			case *ast.FuncDecl:
				n := 0
				for _, field := range d.Type.Params.List {
					for _, name := range field.Names {
						if name.Name == "rule" {
							ruleParam[d.Name.Name] = n
						}
						n++
					}
				}
			}
		}
	}
	names := map[string]bool{}
	add := func(e ast.Expr) {
		switch e := e.(type) {
		case *ast.BasicLit:
			if s, err := strconv.Unquote(e.Value); err == nil && e.Kind == gotoken.STRING {
				names[s] = true
			}
		case *ast.Ident:
			if s, ok := consts[e.Name]; ok {
				names[s] = true
			}
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "rule" && len(n.Rhs) == len(n.Lhs) {
						add(n.Rhs[i])
					}
				}
			case *ast.KeyValueExpr:
				if key, ok := n.Key.(*ast.Ident); ok && key.Name == "rule" {
					add(n.Value)
				}
			case *ast.CallExpr:
				var callee string
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					callee = fn.Name
				case *ast.SelectorExpr:
					callee = fn.Sel.Name
				}
				if i, ok := ruleParam[callee]; ok && i < len(n.Args) {
					add(n.Args[i])
				}
			}
			return true
		})
	}
	return names
}
