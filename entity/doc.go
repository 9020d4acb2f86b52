// Package entity finds the places, bodies and officials that a page of a
// Chinese civic newspaper talks about, and resolves them to official names and
// statistical codes.
//
// A [Recognizer] runs one longest-match pass over a text with typed
// recognisers:
//
//   - administrative divisions (province, city, district, subdistrict, town,
//     residential committee, village) from the embedded [gazetteer], through
//     official names and the short forms the press uses (斜土街道 for
//     斜土路街道, 徐汇 for 徐汇区, 恒益居民区 for 恒益居委会);
//   - estates (…小区, …新村, …苑, …花园, committee estates such as 梅陇三村,
//     and bare 普育里 where 普育里小区 is written elsewhere in the document)
//     and roads (…路, …中路, …南二路, …大道, …东街; a house number such as
//     460号 or 45弄 after the road is not part of its name);
//   - villages and communities outside Shanghai, whose committees the
//     gazetteer does not list (河塘村, 白乐桥社区), and committees newer than
//     the data (云锦居民区);
//   - party bodies (区委, 区委组织部, 街道党工委, 居民区党总支, …党支部),
//     government bodies (区政府, 区人大常委会, …局, ministries, 办事处,
//     派出所, 城管…中队) and organisations (companies, institutes, parks,
//     facilities, groups);
//   - persons with their titles (区委副书记、区长巢克俭 gives the person
//     巢克俭 with title 区委副书记、区长), found only after a title or, for
//     names already introduced by a title, anywhere;
//   - coordinated lists (淮海、东湖、华康等居民区 gives three committees);
//   - dates, absolute or relative to the issue date.
//
// Resolution picks, for every place, the division meant: first by the
// hierarchy in the sentence (徐汇区斜土街道), then by the document's home
// district (inferred from [Hints] — the paper's name 徐汇报, the publisher
// 老西门街道党工委 — or from the places the texts name most), then Shanghai,
// then the rest of China. Bodies named by their type only (区委, 区政府,
// 街道党工委) are given the canonical name of the home district's or
// subdistrict's body. A place that stays ambiguous is marked so and lists its
// candidates instead of a guess.
//
// Offsets are byte offsets into the text given, end exclusive. A Recognizer is
// immutable and safe for concurrent use.
package entity
