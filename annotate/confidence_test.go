package annotate

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

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
