package lexicon

import (
	"strings"

	"github.com/civicnews/civicnews/entity/gazetteer"
)

// DivisionWord is a division name or short form to put in the dictionary.
type DivisionWord struct {
	Word  string
	Level gazetteer.Level // level of the division it names
	Code  string          // 12-digit code of the division it names
}

// DivisionWords returns the official names of all divisions in the
// gazetteer (entity/gazetteer, NBS 2023) and the short forms the press
// prints, taken from the gazetteer's alias table so that the segmenter and
// the entity recogniser share one table: 斜土街道 for 斜土路街道, 徐汇 for
// 徐汇区, 恒益居民区 for 恒益居委会, 日晖六村 for its committees.
//
// Bare township names (徐家汇 for 徐家汇街道) are kept only in Shanghai:
// elsewhere they are too often ordinary words for a dictionary that cuts
// all text. Placeholder rows (市辖区) never appear in the gazetteer.
func DivisionWords() []DivisionWord {
	g := gazetteer.Default()
	var out []DivisionWord
	for _, d := range g.Divisions() {
		out = append(out, DivisionWord{Word: d.Name, Level: d.Level, Code: d.Code})
	}
	for _, a := range g.Aliases() {
		if a.Kind == gazetteer.Bare && !strings.HasPrefix(a.Code, "31") {
			continue
		}
		d, ok := g.ByCode(a.Code)
		if !ok {
			continue
		}
		out = append(out, DivisionWord{Word: a.Surface, Level: d.Level, Code: d.Code})
	}
	return out
}
