package linkage

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A report may name several people in a row, each in a numbered group of columns
// (Victim 1 Surname, Victim 1 DOB … Victim 6 Surname): a police force's crime report,
// an operation's visit. Each person is a record.

// numberedColumn reads a heading as a person's group: what the people are called, their
// number and the column within the group (V1_SURNAME: v, 1, SURNAME).
var numberedColumn = regexp.MustCompile(`^\s*([\p{L}]+?)[\s_.-]*(\d{1,2})[\s_.:-]*(\S.*)$`)

// notPeopleGroups are numbered groups of a person's other names, not of people, or of
// people who are not the records' subjects: a suspect, a victim's dependant or parent.
var notPeopleGroups = append([]string{"alias", "aka", "othername", "other", "previous", "former", "nationality", "address", "phone", "contact",
	"dependant", "dependent", "child", "parent", "sibling", "relative", "emergencycontact", "nok", "nextofkin"}, othersGroups...)

// othersGroups are groups of people beside the records' own, whose columns say nothing
// of them (a report's suspects).
var othersGroups = []string{"suspect", "offender", "perpetrator", "accused", "witness"}

// personGroups finds the people's groups: the columns of each number, each group with
// the columns of the first, which read as a name and a date of birth, age or sex. "" and
// nil where the header has none, or fewer than two.
func personGroups(header []string) (who string, template []string, groups map[int]map[string]int) {
	byWho := map[string]map[int]map[string]int{}
	for i, h := range header {
		m := numberedColumn.FindStringSubmatch(h)
		if m == nil || slices.Contains(notPeopleGroups, columnWord(m[1])) {
			continue
		}
		n := atoi(m[2])
		w := columnWord(m[1])
		if byWho[w] == nil {
			byWho[w] = map[int]map[string]int{}
		}
		if byWho[w][n] == nil {
			byWho[w][n] = map[string]int{}
		}
		byWho[w][n][columnWord(m[3])] = i
	}
	for _, w := range slices.Sorted(maps.Keys(byWho)) {
		gs := byWho[w]
		if len(gs) < 2 {
			continue
		}
		first := slices.Min(slices.Collect(maps.Keys(gs)))
		var columns []string
		for _, h := range header {
			if m := numberedColumn.FindStringSubmatch(h); m != nil && columnWord(m[1]) == w && atoi(m[2]) == first {
				columns = append(columns, strings.TrimSpace(m[3]))
			}
		}
		if personLike(columns) {
			return w, columns, gs
		}
	}
	return "", nil, nil
}

// personLike: columns read as a person's — a name, and a date of birth, an age or a sex.
func personLike(columns []string) bool {
	if len(columns) < 3 {
		return false
	}
	found, _, err := ColumnRoles(columns)
	if err != nil {
		return false
	}
	named := found["given_names"] != "" || found["family_name"] != "" || found["full_name"] != ""
	return named && (found["dob"] != "" || found["age"] != "" || found["sex"] != "")
}

// onePersonARecord is the table with a record for each person a row names in a group
// of columns, beside the row's other columns, named by the row's id and the group's
// number (CR123#2); the table as it is where rows name one person.
func (t *Table) onePersonARecord() *Table {
	who, template, groups := personGroups(t.Header)
	if who == "" || t.sharedNamesAPerson(groups, template) {
		return t
	}
	inGroup := groupColumns(groups)
	var shared []int
	var sharedNames []string
	for i, h := range t.Header {
		if !inGroup[i] && !othersGroup(h) {
			shared, sharedNames = append(shared, i), append(sharedNames, h)
		}
	}
	idName, idAt := rowID(shared, sharedNames)
	numbers := slices.Sorted(maps.Keys(groups))
	out := &Table{Path: t.Path, text: t.text, Header: []string{idName}}
	for k, i := range shared {
		if i != idAt {
			out.Header = append(out.Header, sharedNames[k])
		}
	}
	out.Header = append(out.Header, template...)
	for r, rec := range t.rows {
		row := fmt.Sprint(t.lines[r])
		if idAt >= 0 && strings.TrimSpace(rec[idAt]) != "" {
			row = strings.TrimSpace(rec[idAt])
		}
		for _, n := range numbers {
			person, filled := groupCells(rec, groups[n], template)
			if !filled {
				continue
			}
			next := []string{row + "#" + strconv.Itoa(n)}
			for _, i := range shared {
				if i != idAt {
					next = append(next, rec[i])
				}
			}
			out.rows, out.lines = append(out.rows, append(next, person...)), append(out.lines, t.lines[r])
		}
	}
	if t.text != nil {
		t.text.peopleARow = fmt.Sprintf("a row names up to %d people, each in a group of columns (%s); each person named is a record, %d from %d rows, its id the row's and the group's number (%s#%d).",
			len(numbers), strings.Join(template, ", "), len(out.rows), len(t.rows), idName, numbers[0])
	}
	return out
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// sharedNamesAPerson: the columns outside the groups read as a person too (a person
// and their dependants): the row is that person's, and is read as it is.
func (t *Table) sharedNamesAPerson(groups map[int]map[string]int, template []string) bool {
	inGroup := groupColumns(groups)
	var shared []string
	for i, h := range t.Header {
		if !inGroup[i] {
			shared = append(shared, h)
		}
	}
	for _, c := range template {
		if slices.ContainsFunc(shared, func(h string) bool { return columnWord(h) == columnWord(c) }) {
			return true // the group's columns named as the row's own
		}
	}
	return personLike(shared)
}

// othersGroup: a column of a numbered group of people who are not the records' (Suspect
// 1 Surname), which says nothing of the victims beside them.
func othersGroup(h string) bool {
	m := numberedColumn.FindStringSubmatch(h)
	return m != nil && slices.Contains(othersGroups, columnWord(m[1]))
}

// rowID is the row's id among its own columns (shared, by index, and their names):
// named as one, or the first column by its name; record_id and -1 where none is.
func rowID(shared []int, names []string) (string, int) {
	if id := IDColumn(names); id != "" {
		return id, shared[slices.Index(names, id)]
	}
	if len(names) > 0 && idLike(names[0]) {
		return names[0], shared[0]
	}
	return "record_id", -1
}

// groupCells are a row's cells of one group in the template's order, and whether any
// is filled.
func groupCells(rec []string, group map[string]int, template []string) ([]string, bool) {
	person, filled := make([]string, len(template)), false
	for k, c := range template {
		if i, ok := group[columnWord(c)]; ok {
			person[k] = rec[i]
			filled = filled || strings.TrimSpace(rec[i]) != ""
		}
	}
	return person, filled
}

// groupColumns are the columns, by index, of any of the groups.
func groupColumns(groups map[int]map[string]int) map[int]bool {
	in := map[int]bool{}
	for _, g := range groups {
		for _, i := range g {
			in[i] = true
		}
	}
	return in
}
