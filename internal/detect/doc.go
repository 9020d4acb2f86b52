// Package detect holds the detectors that layout and parse share: the
// things a Chinese news or government page marks with words rather than
// with layout. Each is defined once here:
//
//   - [Fields] and [MetaLine]: label:value metadata (来源：… 发布时间：…
//     索引号：… 浏览次数：… 当前位置：…), typed by [FieldKind], with the
//     people a field credits ([Field.Credits]: 作者：张三, 来源：某报 张三,
//     责任编辑：李四);
//   - [FindDateline]: the dateline that opens a story (本报讯,
//     本报3月20日讯, 某某网讯, 某某新闻网7月23日讯, 新华社北京12月2日电,
//     traditional 本報訊), returned exactly as written with its byte span,
//     and the byline glued into a bracket after it
//     (本报讯（记者 张三 通讯员 李四）, 某某网讯(张三 李四));
//   - [SectionMark] and [EditionMark]: the number that opens a section
//     heading (（一）, 一、, 1., 第三章) and an e-paper's page label
//     (第A01版, A05：);
//   - [Closer], [Group] and [LastGroup]: bracket sets (ASCII, full width,
//     and the 《 or 〈 that OCR reads for （ in a byline);
//   - [Byline], [RoleAt], [LeadCredits] and [IsMark]: byline credits with
//     typed roles (reporters, correspondents, interns, photographers,
//     editors, reviewers), as a whole line or opening a paragraph;
//   - [Tail]: the credit that ends an item: （记者 张三）, the unlabelled
//     author names (张三 李四) or ·张三·, a byline after the last sentence,
//     or a bracketed editor or source field, with name-shape checks;
//     [Names] and [NameLike] for bare name lines.
//
// Words are matched through a simplified key (package hanzi), so
// traditional text (本報訊, 記者：王偉) is read as well as simplified; what
// a detector returns is always the text as written. Pinyin residue left by
// converters (網(wǎng)訊) is skipped inside a dateline and kept in the
// returned token.
//
// Every function is pure, safe for concurrent use, and accepts any
// string, valid UTF-8 or not, without panicking. Byte offsets index the
// string passed in.
package detect
