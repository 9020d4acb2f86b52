package layout_test

import (
	"errors"
	"fmt"

	"github.com/civicnews/civicnews/layout"
)

// A GBK page, read as GBK: block spans index the GBK bytes (two bytes a
// Chinese character), and the block's text is UTF-8.
func ExampleWithEncoding() {
	gbk := []byte{0xbd, 0xd6, 0xb5, 0xc0, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0xa1, 0xa3} // 街道召开会议。
	enc, err := layout.ParseEncoding("gbk")
	if err != nil {
		panic(err)
	}
	doc, err := layout.Analyze(gbk, layout.WithEncoding(enc))
	if err != nil {
		panic(err)
	}
	b := doc.Blocks[0]
	fmt.Println(doc.Encoding, b.Text, b.Spans)
	s := b.SourceSpans(len("街道"), len("街道召开")) // the bytes of 召开
	fmt.Printf("%v % x\n", s, doc.Source[s[0].Start:s[0].End])
	// Output:
	// gb18030 街道召开会议。 [{0 14}]
	// [{4 8}] d5 d9 bf aa
}

func ExampleParseEncoding() {
	for _, name := range []string{"GBK", "gb2312", "UTF8", "utf-16le", "big5"} {
		e, err := layout.ParseEncoding(name)
		fmt.Printf("%s: %q %v\n", name, e, errors.Is(err, layout.ErrUnknownEncoding))
	}
	// Output:
	// GBK: "gb18030" false
	// gb2312: "gb18030" false
	// UTF8: "utf-8" false
	// utf-16le: "utf-16le" false
	// big5: "" true
}

// Decoding errors are tested with errors.Is (ErrDecode, ErrInvalidUTF8)
// and errors.As (*DecodeError, for the offset).
func ExampleDecodeError() {
	_, err := layout.Analyze([]byte("街道\xff会议"))
	var de *layout.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Encoding == layout.Auto, de.Offset)
	}
	fmt.Println(errors.Is(err, layout.ErrDecode), errors.Is(err, layout.ErrInvalidUTF8))
	fmt.Println(err)
	// Output:
	// true 6
	// true true
	// layout: input is neither valid UTF-8 (invalid byte at offset 6) nor valid GB18030; name its encoding if it is another one
}

func ExampleParseByline() {
	credits, ok := layout.ParseByline("□记者 王明 通讯员 李华、赵强")
	fmt.Println(ok)
	for _, c := range credits {
		fmt.Println(c.Role, c.Name)
	}
	_, ok = layout.ParseByline("街道召开会议")
	fmt.Println(ok)
	// Output:
	// true
	// reporter 王明
	// correspondent 李华
	// correspondent 赵强
	// false
}
