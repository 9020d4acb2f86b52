// Package testutil holds helpers shared by the project's tests: the sample
// issues, the truth copied from the hand-made annotation, the text key
// the scorer compares with, and golden files.
package testutil
