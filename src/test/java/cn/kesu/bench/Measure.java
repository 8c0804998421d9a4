package cn.kesu.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Warm-up, then repeated timed runs; median and p95 in milliseconds. */
record Measure(double median, double p95) {

    static Measure of(int warmups, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return new Measure(ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]);
    }

    /** {@code name: value unit (raw SQL: value, ratio x)}, as every benchmark prints. */
    static String line(String name, Measure app, Measure raw) {
        return String.format("%s: median %.2f ms, p95 %.2f ms (raw SQL: median %.2f ms, p95 %.2f ms, ratio %.2f x)",
                name, app.median(), app.p95(), raw.median(), raw.p95(), app.median() / raw.median());
    }
}
