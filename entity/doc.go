// Package entity finds the places, bodies and officials that a page of a
// Chinese civic newspaper or local-government site talks about, anywhere in
// China, and resolves them to official names and statistical codes.
//
// A [Recognizer] reads the matching key of a text — traditional characters
// simplified rune for rune, pinyin residue dropped (區(qū) → 区), the spaces
// of letter-spaced names removed (长 寿 路 → 长寿路) — and maps what it
// finds back to the text as written: an entity's Text and offsets are those
// of the input, its Canonical name is simplified. It runs one longest-match
// pass with typed recognisers:
//
//   - administrative divisions (province, city, district, subdistrict, town,
//     residential committee, village) from the embedded [gazetteer], through
//     official names and the short forms the press uses (斜土街道 for
//     斜土路街道, 徐汇 for 徐汇区, 恒益居民区 for 恒益居委会); units abolished
//     or merged (闸北区, 郫县) keep their own name and give the unit that
//     succeeded them in Successor;
//   - divisions and committees the gazetteer lacks, by their suffix (…街道,
//     …街办, …镇, …乡, …村, …社区, …居委会, …居民区, …社区居委会, 9号院社区),
//     when the name has the shape of one (two to five characters that read
//     like place names, no verb, no count) and its context starts a name (a
//     boundary, a place just before, a verb of place such as 来到 or 驻);
//     they are kept with an empty Code and Reason "not-in-gazetteer";
//   - coordinated lists of units with a head (淮海、东湖等居民区; A、B、C等
//     10个街道办事处; A、B、C镇);
//   - estates (…小区, …新村, …苑, …花园, …公馆, …大院, committee estates
//     such as 梅陇三村, and bare 普育里 where 普育里小区 is written
//     elsewhere) and roads (…路, …中路, …南二路, …大道, …东街, 高速, 高架,
//     国道 with their numbers: 207国道; a house number after the road is not
//     part of its name);
//   - party bodies (区委, 中共…委, …党委, …党总支, …党工委, …工委),
//     government bodies (区政府, …人民政府, …局, …厅, ministries, 办事处,
//     派出所) and organisations;
//   - officials with their titles: after a title built from a body and a
//     post, stacked with 、 (区委副书记、区长巢克俭), after a spaced or
//     colon-separated title (村委会主任：赵春生), or before their post
//     (王尧镇长); a later bare mention of a titled person is the same person;
//   - dates, absolute or relative to the issue date.
//
// Resolution picks, for every place, the division meant: first by the
// hierarchy in the sentence (西湖区北山街道 names only Hangzhou's), then by
// the document's home region, inferred from the evidence of the page (the
// paper's name 徐汇报, the publisher 老西门街道党工委, the places the texts
// name most, the provinces and cities they name), then by the home the
// caller gave ([WithHome]). There is no built-in home: a place that stays
// ambiguous is marked so and lists its candidates instead of a guess.
// Bodies named by their type only (区委, 区政府, 街道党工委) are given the
// canonical name of the home unit's body when the home is known.
//
// Offsets are byte offsets into the text given, end exclusive. A Recognizer is
// immutable and safe for concurrent use.
package entity
