package linkage

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// PersonIDs names each cluster of records as a person. A cluster keeps the person id
// most of its records already had (the smallest on a tie), so ids stay put when
// nothing about a person changed; an id goes to one cluster only; a cluster with no
// id yet gets the next new one. recordIDs[i] is record i; cluster[i] its cluster.
func PersonIDs(cluster []int32, recordIDs []string, previous map[string]string) []string {
	members := map[int32][]int{}
	var clusters []int32
	for i, c := range cluster {
		if _, ok := members[c]; !ok {
			clusters = append(clusters, c)
		}
		members[c] = append(members[c], i)
	}
	// Larger clusters choose first, so a split person's id stays with its larger part.
	sort.SliceStable(clusters, func(a, b int) bool { return len(members[clusters[a]]) > len(members[clusters[b]]) })
	next := nextPersonNumber(previous)
	taken := map[string]bool{}
	out := make([]string, len(cluster))
	for _, c := range clusters {
		id := ""
		for _, cand := range votes(members[c], recordIDs, previous) {
			if !taken[cand] {
				id = cand
				break
			}
		}
		if id == "" {
			id = fmt.Sprintf("P%08d", next)
			next++
		}
		taken[id] = true
		for _, i := range members[c] {
			out[i] = id
		}
	}
	return out
}

// votes are the previous ids of a cluster's records, most common first.
func votes(members []int, recordIDs []string, previous map[string]string) []string {
	count := map[string]int{}
	for _, i := range members {
		if p, ok := previous[recordIDs[i]]; ok {
			count[p]++
		}
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		if count[ids[a]] != count[ids[b]] {
			return count[ids[a]] > count[ids[b]]
		}
		return ids[a] < ids[b]
	})
	return ids
}

func nextPersonNumber(previous map[string]string) int {
	n := 0
	for _, id := range previous {
		if v, err := strconv.Atoi(strings.TrimPrefix(id, "P")); err == nil && v > n {
			n = v
		}
	}
	return n + 1
}

// KeepPeople turns previous links into "same" decisions, so that incremental linking
// keeps every existing person together and only adds to them.
func KeepPeople(previous map[string]string) []Decision {
	byPerson := map[string][]string{}
	for r, p := range previous {
		byPerson[p] = append(byPerson[p], r)
	}
	var out []Decision
	for _, records := range byPerson {
		sort.Strings(records)
		for _, r := range records[1:] {
			out = append(out, Decision{A: records[0], B: r, Same: true})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].A+out[i].B < out[j].A+out[j].B })
	return out
}
