package dev.readiness.source;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** A TCP server on 127.0.0.1 that accepts every connection and never says a word. */
final class SilentServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<Socket> held = new ArrayList<>();

  SilentServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread holder = new Thread(this::hold, "silent-server");
    holder.setDaemon(true);
    holder.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void hold() {
    try {
      while (true) {
        Socket s = socket.accept();
        synchronized (held) {
          held.add(s);
        }
      }
    } catch (IOException e) {
      // closed at the end of the test
    }
  }

  @Override
  public void close() throws IOException {
    // held connections stay open: a client abandoned at its deadline stays blocked on them
    // instead of waking up to write into a directory the test is deleting
    socket.close();
  }
}
