package retrace

// SpellingKeyPrefix begins the search keys of a name's spelling group (its variant
// group's form: Mohammed finds Muhammad), which weigh most in ranking a search; the
// linkage normaliser makes them, the store ranks by them.
const SpellingKeyPrefix = "g:"
