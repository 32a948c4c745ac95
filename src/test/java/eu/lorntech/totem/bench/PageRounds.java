package eu.lorntech.totem.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures pages at several sizes fairly: in rounds, each size in turn with the same unmeasured
 * warm-up before its samples, the order reversed from one round to the next (a size measured first
 * would otherwise pay the JIT's and the caches' warm-up alone, and a ratio under 1 would mean nothing),
 * and per size the median of the rounds' p50 and p95. A floor (the same page with no data) measured
 * in the same rounds shows what the data costs and how noisy the machine is. Every answer must be a
 * 200 for the signed-in person whose body passes the size's check (timed apart), else the bench fails.
 */
final class PageRounds {

    /** One page at one size: the signed-in client, the path, and what its body must show. */
    record Variant(String label, HttpClient http, String path, Function<String, String> check) {
    }

    /** Medians over the rounds, and each round's p95 (ms). */
    record Result(double p50, double p95, List<Double> roundP95s) {
    }

    static final int WARM_UP = Integer.getInteger("bench.pageWarmUp", 10);
    static final int SAMPLES = Integer.getInteger("bench.pageSamples", 40);
    static final int ROUNDS = Integer.getInteger("bench.pageRounds", 5);

    private final String base;

    PageRounds(String base) {
        this.base = base;
    }

    /** The variants in the order given for odd rounds, reversed for even ones; results in the same order. */
    Map<String, Result> measure(List<Variant> variants) throws Exception {
        Map<String, List<double[]>> rounds = new LinkedHashMap<>();
        variants.forEach(v -> rounds.put(v.label(), new ArrayList<>()));
        for (int round = 1; round <= ROUNDS; round++) {
            List<Variant> order = new ArrayList<>(variants);
            if (round % 2 == 0) {
                Collections.reverse(order);
            }
            StringBuilder line = new StringBuilder("  round " + round + ":");
            for (Variant v : order) {
                double[] p = once(v);
                rounds.get(v.label()).add(p);
                line.append(String.format(" %s p95 %.1f ms;", v.label(), p[1]));
            }
            System.out.println(line);
        }
        Map<String, Result> results = new LinkedHashMap<>();
        rounds.forEach((label, list) -> results.put(label, new Result(median(list.stream().map(p -> p[0]).toList()),
                median(list.stream().map(p -> p[1]).toList()), list.stream().map(p -> p[1]).toList())));
        return results;
    }

    /** WARM_UP unmeasured requests, then SAMPLES measured: p50 and p95 (ms). */
    double[] once(Variant v) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = v.http().send(HttpRequest.newBuilder(URI.create(base + v.path())).build(),
                    HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200 || r.uri().getPath().endsWith("/login.xhtml")) {
                throw new IllegalStateException(v.label() + ": " + v.path() + " answered " + r.statusCode() + " at " + r.uri());
            }
            String wrong = v.check().apply(r.body());
            if (wrong != null) {
                throw new IllegalStateException(v.label() + ": " + v.path() + " does not show what it should: " + wrong);
            }
            if (i >= WARM_UP) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        return new double[] {times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1)};
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String rounds(Result r) {
        StringBuilder b = new StringBuilder();
        r.roundP95s().forEach(p -> b.append(String.format("%.0f/", p)));
        return b.substring(0, b.length() - 1);
    }

    /** A status other than the expected ones, anywhere in a bench, fails it. */
    static void expect(int status, String what, int... expected) {
        for (int e : expected) {
            if (status == e) {
                return;
            }
        }
        throw new IllegalStateException(what + " answered " + status + ", expected " + java.util.Arrays.toString(expected));
    }
}
