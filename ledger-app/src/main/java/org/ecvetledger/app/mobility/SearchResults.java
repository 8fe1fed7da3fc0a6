package org.ecvetledger.app.mobility;

import java.util.List;

/** The answer to a mobility search: the matching items, at most 200 (narrow the criteria to see the rest). */
record SearchResults<T>(List<T> items) {

    SearchResults {
        items = List.copyOf(items);
    }
}
