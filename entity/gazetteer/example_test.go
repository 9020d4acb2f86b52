package gazetteer_test

import (
	"fmt"

	"github.com/civicnews/civicnews/entity/gazetteer"
)

func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	for _, c := range g.Lookup("斜土街道") {
		fmt.Println(c.Name, c.Code, c.Kind, c.Alias, "scope", c.Scope)
	}
	// Output:
	// 斜土路街道 310104007000 subdistrict road-street scope 310104000000
}

func ExampleGazetteer_ByCode() {
	g := gazetteer.Default()
	d, _ := g.ByCode("310104007028")
	p, _ := g.Parent(d)
	fmt.Println(d.Name, d.Level, d.Kind, "in", p.Name)
	// Output:
	// 恒益居委会 village residential-committee in 斜土路街道
}
