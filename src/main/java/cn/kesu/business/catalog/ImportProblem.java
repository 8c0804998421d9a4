package cn.kesu.business.catalog;

import java.io.Serializable;
import java.util.List;

/** Why a row (or the file) cannot be imported: a text of the message bundle and its arguments, shown in the user's language. */
public record ImportProblem(String key, List<Serializable> arguments) implements Serializable {

    static ImportProblem of(String key, Serializable... arguments) {
        return new ImportProblem(key, List.of(arguments));
    }
}
