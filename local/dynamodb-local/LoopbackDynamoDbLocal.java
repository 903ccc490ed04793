import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local (3.3) with its usual command line, listening on 127.0.0.1 only.
 *
 * Its DynamoDBProxyServer builds a Jetty `new Server(port)`, whose connector binds every interface,
 * and it has no option for the host; the connector can still be pointed at loopback before it opens.
 * It also exits when its standard input closes, so it cannot outlive the Node process that started it,
 * even one killed with SIGKILL.
 */
public final class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    for (Connector connector : ((Server) field.get(proxy)).getConnectors()) {
      // A connector of another kind would fail this cast rather than listen on the network.
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) {}
      } catch (Exception e) {
        // A failed read means the parent end is gone, as much as an end of file does.
      }
      System.exit(0);
    });
    watchdog.setDaemon(true);
    watchdog.start();
    // Unlike start(), lets a failure to listen (a port in use) end the process with the error.
    proxy.safeStart();
  }
}
