package layout

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSON(t *testing.T) {
	b, err := json.Marshal([]Span{{1, 5}, {7, 9}})
	require.NoError(t, err)
	assert.Equal(t, `[[1,5],[7,9]]`, string(b))
	var back []Span
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []Span{{1, 5}, {7, 9}}, back)
	assert.Error(t, json.Unmarshal([]byte(`{"Start":1}`), &back[0]))

	r := Repair{Kind: RepairPunct, Span: Span{3, 4}, Before: ",", After: "，", Reason: "ASCII comma in Chinese text"}
	b, err = json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"punct","start":3,"end":4,"detail":"ASCII comma in Chinese text","before":",","after":"，"}`, string(b))
	var r2 Repair
	require.NoError(t, json.Unmarshal(b, &r2))
	assert.Equal(t, r, r2)
}
