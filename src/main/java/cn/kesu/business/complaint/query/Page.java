package cn.kesu.business.complaint.query;

import java.util.List;

/** One page of rows and the count of all rows that match, both computed in the database. */
public record Page<T>(List<T> rows, long total) {
}
