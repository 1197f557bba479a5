package org.touchstone.publish.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol: open a page, type into it as a
 * user would, and read the page back.
 */
final class HeadlessChromium implements AutoCloseable {
	private final Process process;
	private final WebSocket socket;
	private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
	private final AtomicInteger ids = new AtomicInteger();

	private HeadlessChromium(Process process, WebSocket socket) {
		this.process = process;
		this.socket = socket;
	}

	static HeadlessChromium start(Path profile) throws Exception {
		String binary = Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : null;
		if (binary == null) {
			throw new IllegalStateException("the browser test needs Debian's chromium (apt-get install chromium); .ci/run installs it");
		}
		Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--remote-debugging-port=0",
				"--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		String browserSocket = null;
		BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		for (String line; browserSocket == null && System.nanoTime() < deadline && (line = err.readLine()) != null;) {
			int at = line.indexOf("ws://");
			if (line.startsWith("DevTools listening on") && at >= 0) {
				browserSocket = line.substring(at).strip();
			}
		}
		if (browserSocket == null) {
			process.destroyForcibly();
			throw new IllegalStateException("chromium did not open its DevTools port");
		}
		Thread drain = new Thread(() -> {
			try {
				while (err.readLine() != null) {
					// Chromium keeps logging; read it so it never blocks.
				}
			} catch (IOException e) {
				// The browser is gone.
			}
		});
		drain.setDaemon(true);
		drain.start();
		URI base = URI.create(browserSocket.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*$", ""));
		HttpClient http = HttpClient.newHttpClient();
		String list = http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
		String pageSocket = null;
		for (JsonElement target : JsonParser.parseString(list).getAsJsonArray()) {
			JsonObject t = target.getAsJsonObject();
			if ("page".equals(t.get("type").getAsString())) {
				pageSocket = t.get("webSocketDebuggerUrl").getAsString();
			}
		}
		HeadlessChromium[] self = new HeadlessChromium[1];
		WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
			private final StringBuilder text = new StringBuilder();

			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				text.append(data);
				if (last) {
					JsonObject message = JsonParser.parseString(text.toString()).getAsJsonObject();
					text.setLength(0);
					if (message.has("id") && self[0] != null) {
						CompletableFuture<JsonObject> reply = self[0].pending.remove(message.get("id").getAsInt());
						if (reply != null) {
							reply.complete(message);
						}
					}
				}
				webSocket.request(1);
				return null;
			}
		}).get(30, TimeUnit.SECONDS);
		self[0] = new HeadlessChromium(process, socket);
		return self[0];
	}

	JsonObject send(String method, JsonObject params) throws Exception {
		int id = ids.incrementAndGet();
		JsonObject message = new JsonObject();
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params == null ? new JsonObject() : params);
		CompletableFuture<JsonObject> reply = new CompletableFuture<>();
		pending.put(id, reply);
		socket.sendText(message.toString(), true).get(10, TimeUnit.SECONDS);
		JsonObject answer = reply.get(30, TimeUnit.SECONDS);
		if (answer.has("error")) {
			throw new IllegalStateException(method + ": " + answer.get("error"));
		}
		return answer.getAsJsonObject("result");
	}

	void open(Path file) throws Exception {
		JsonObject params = new JsonObject();
		params.addProperty("url", file.toUri().toString());
		send("Page.navigate", params);
		waitFor("document.readyState === 'complete'", Duration.ofSeconds(20));
	}

	JsonElement evaluate(String expression) throws Exception {
		JsonObject params = new JsonObject();
		params.addProperty("expression", expression);
		params.addProperty("returnByValue", true);
		JsonObject result = send("Runtime.evaluate", params).getAsJsonObject("result");
		return result.get("value");
	}

	/** Types text into the focused element, as a keyboard would (an input event follows). */
	void type(String text) throws Exception {
		JsonObject params = new JsonObject();
		params.addProperty("text", text);
		send("Input.insertText", params);
	}

	void waitFor(String condition, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			JsonElement value = evaluate(condition);
			if (value != null && value.isJsonPrimitive() && value.getAsBoolean()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("timed out waiting for " + condition);
	}

	JsonArray array(String expression) throws Exception {
		return evaluate(expression).getAsJsonArray();
	}

	/**
	 * Stops the browser and every process it started: a renderer still running after the browser
	 * has gone keeps writing into the profile folder while the test deletes it.
	 */
	@Override
	public void close() {
		socket.abort();
		java.util.List<ProcessHandle> children = process.descendants().toList();
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			for (ProcessHandle child : children) {
				child.destroyForcibly();
				child.onExit().get(5, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			// A child that does not go within five seconds is left to the operating system.
		}
	}
}
