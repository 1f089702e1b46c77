package org.newslens.library;

import java.nio.file.Path;
import org.newslens.app.AppHome;

/** A second process for {@link ReadingStatesTest}: marks {@code count} articles named {@code <name>-<i>}, one save each. */
public final class ReadingStatesWriter {
    private ReadingStatesWriter() {
    }

    public static void main(String[] args) throws Exception {
        ReadingStates states = ReadingStates.in(new AppHome(Path.of(args[0])));
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            states.set(args[1] + "-" + i, i % 2 == 0 ? ReadingState.READ : ReadingState.REVIEWED);
        }
    }
}
