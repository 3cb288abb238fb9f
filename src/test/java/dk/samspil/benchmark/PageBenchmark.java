package dk.samspil.benchmark;

import dk.samspil.SamspilApplication;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the public pages: response time (median and 95th percentile over many requests, after a
 * warm-up) and SQL statements per request, on the embedded PostgreSQL with the demonstration data.
 * Run with the command in docs/benchmarks/README.md; it is not a test and asserts nothing.
 */
public final class PageBenchmark {

  static final AtomicLong STATEMENTS = new AtomicLong();

  static final List<String> PAGES =
      List.of(
          "/",
          "/lokalomraader",
          "/lokalomraader/fensmark",
          "/lokalraad",
          "/lokalraad/fensmark",
          "/kontakt",
          "/kontakt.csv",
          "/find-dit-lokalomraade?q=4700",
          "/find-dit-lokalomraade?lat=55.3505&lon=11.6936",
          "/api/v1/areas",
          "/api/v1/areas/lookup?lat=55.3505&lon=11.6936",
          "/api/v1/councils",
          "/forslag",
          "/forslag?omraade=fensmark",
          "/api/v1/proposals");

  private PageBenchmark() {}

  public static void main(String[] args) throws Exception {
    // a system property, not program arguments: exec.args would also reach the build's npm step
    int requests = Integer.getInteger("benchmark.requests", 300);
    SpringApplication application = new SpringApplication(SamspilApplication.class);
    application.addInitializers(
        context -> context.getBeanFactory().addBeanPostProcessor(new CountingDataSource()));
    try (ConfigurableApplicationContext context =
        application.run(
            "--server.port=0",
            "--samspil.embedded-database.directory=",
            "--samspil.demo-data=true",
            "--logging.level.root=warn")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      HttpClient client = HttpClient.newHttpClient();
      System.out.printf(
          Locale.ROOT, "%-48s %8s %8s %8s %10s%n", "page", "p50 ms", "p95 ms", "max ms", "SQL/req");
      for (String page : PAGES) {
        URI uri = URI.create("http://localhost:" + port + page);
        for (int i = 0; i < 50; i++) {
          client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        }
        long[] nanos = new long[requests];
        long statementsBefore = STATEMENTS.get();
        for (int i = 0; i < requests; i++) {
          long started = System.nanoTime();
          HttpResponse<Void> response =
              client.send(
                  HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
          nanos[i] = System.nanoTime() - started;
          if (response.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + response.statusCode());
          }
        }
        double statementsPerRequest = (STATEMENTS.get() - statementsBefore) / (double) requests;
        Arrays.sort(nanos);
        System.out.printf(
            Locale.ROOT,
            "%-48s %8.2f %8.2f %8.2f %10.1f%n",
            page,
            nanos[requests / 2] / 1e6,
            nanos[(int) (requests * 0.95)] / 1e6,
            nanos[requests - 1] / 1e6,
            statementsPerRequest);
      }
    }
    // the scheduled jobs' threads would keep exec:java waiting
    System.exit(0);
  }

  /** Wraps the data source so that every statement prepared or created is counted. */
  static final class CountingDataSource implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
      if (!(bean instanceof DataSource dataSource)) {
        return bean;
      }
      return Proxy.newProxyInstance(
          PageBenchmark.class.getClassLoader(),
          new Class<?>[] {DataSource.class},
          (proxy, method, arguments) -> {
            try {
              Object result = method.invoke(dataSource, arguments);
              return result instanceof Connection connection ? counting(connection) : result;
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    private static Connection counting(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              PageBenchmark.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, arguments) -> {
                if (method.getName().startsWith("prepare")
                    || method.getName().equals("createStatement")) {
                  STATEMENTS.incrementAndGet();
                }
                try {
                  return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }
}
