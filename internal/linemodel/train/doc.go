// Package train derives line labels from the hand-made truth of annotated
// pages, fits the weights of package linemodel, and scores parsed pages
// the way the project's scorer does. It is used by the generator, by
// examples/structeval and by the tests; it reads the shared material at
// run time and keeps none of it.
package train
