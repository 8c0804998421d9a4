package cn.kesu.business.deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive ids among rows just added, and where the run starts in the list: the rows of a run are
 * numbered by one update ({@code id + offset}) instead of one update each.
 *
 * @param first  the run's first id
 * @param last   the run's last id
 * @param offset the position of {@code first} in the list the runs were cut from
 */
record IdRun(long first, long last, int offset) {

    /** The runs of ascending, distinct {@code ids}, in order. */
    static List<IdRun> of(List<Long> ids) {
        List<IdRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ids.size(); i++) {
            if (i == ids.size() || ids.get(i) != ids.get(i - 1) + 1) {
                runs.add(new IdRun(ids.get(start), ids.get(i - 1), start));
                start = i;
            }
        }
        return runs;
    }
}
