package org.touchstone.team.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;

/**
 * A stock Git server on loopback for the tests: Debian's Apache running Git's own
 * {@code git-http-backend}, with basic authentication and access per repository, one repository per
 * tenant. Chosen over gitolite over SSH because it needs no SSH keys or daemon and its access rules
 * are a few lines of Apache configuration (Require user ...), and because HTTPS behind Apache is
 * what most companies already run. Members of a tenant read and push its repository; everyone reads
 * the library; only its editors push to it.
 */
final class GitHttpServer implements AutoCloseable {
	static final String APACHE = "/usr/sbin/apache2";
	static final String BACKEND = "/usr/lib/git-core/git-http-backend";

	private final Path root;
	private final int port;
	private final Process apache;

	/** @param access each repository (a tenant's id) with who may read it and who may push to it */
	GitHttpServer(Map<String, String> passwords, Map<String, List<List<String>>> access) throws Exception {
		if (!Files.isExecutable(Path.of(APACHE)) || !Files.isExecutable(Path.of(BACKEND))) {
			throw new IllegalStateException("the server tests need Debian's apache2 and git (apt-get install apache2 git); .ci/run installs them");
		}
		root = Files.createTempDirectory("touchstone-git-server", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path repos = Files.createDirectories(root.resolve("repos"));
		StringBuilder users = new StringBuilder();
		for (Map.Entry<String, String> p : passwords.entrySet()) {
			byte[] sha = MessageDigest.getInstance("SHA-1").digest(p.getValue().getBytes(StandardCharsets.UTF_8));
			users.append(p.getKey()).append(":{SHA}").append(Base64.getEncoder().encodeToString(sha)).append('\n');
		}
		Files.writeString(root.resolve("users"), users);
		StringBuilder rules = new StringBuilder();
		for (Map.Entry<String, List<List<String>>> repo : access.entrySet()) {
			Git.init().setBare(true).setDirectory(repos.resolve(repo.getKey() + ".git").toFile()).setInitialBranch("main").call().close();
			String readers = String.join(" ", repo.getValue().get(0));
			String writers = String.join(" ", repo.getValue().get(1));
			rules.append("<LocationMatch \"^/git/").append(repo.getKey().replace(".", "\\.")).append("\\.git/\">\n")
					.append("  <If \"%{QUERY_STRING} =~ /service=git-receive-pack/ || %{REQUEST_URI} =~ m#/git-receive-pack$#\">\n")
					.append("    Require user ").append(writers).append("\n  </If>\n  <Else>\n    Require user ").append(readers)
					.append("\n  </Else>\n</LocationMatch>\n");
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.toList()) {
				Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
			}
		}
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		String modules = "/usr/lib/apache2/modules/";
		StringBuilder conf = new StringBuilder();
		conf.append("ServerRoot ").append(root).append('\n').append("ServerName localhost\n").append("Listen 127.0.0.1:").append(port).append('\n')
				.append("PidFile ").append(root.resolve("httpd.pid")).append('\n').append("ErrorLog ").append(root.resolve("error.log")).append('\n')
				.append("Mutex file:").append(root).append('\n');
		for (String module : List.of("mpm_prefork", "authz_core", "authn_core", "authn_file", "authz_user", "auth_basic", "alias", "cgi", "env")) {
			conf.append("LoadModule ").append(module).append("_module ").append(modules).append("mod_").append(module).append(".so\n");
		}
		if ("root".equals(System.getProperty("user.name"))) {
			conf.append("User www-data\nGroup www-data\n");
		}
		conf.append("SetEnv GIT_PROJECT_ROOT ").append(repos).append('\n').append("SetEnv GIT_HTTP_EXPORT_ALL 1\n")
				// the repositories belong to whoever runs the tests, the backend runs as Apache's user
				.append("SetEnv GIT_CONFIG_COUNT 1\nSetEnv GIT_CONFIG_KEY_0 safe.directory\nSetEnv GIT_CONFIG_VALUE_0 *\n")
				.append("ScriptAlias /git/ ").append(BACKEND).append("/\n")
				.append("<Location /git/>\n  AuthType Basic\n  AuthName Touchstone\n  AuthUserFile ").append(root.resolve("users"))
				.append("\n  Require valid-user\n</Location>\n").append(rules);
		Files.writeString(root.resolve("httpd.conf"), conf);
		// In a session of its own: stopping, Apache signals its whole process group, which would
		// otherwise be the build's (Maven, the test JVM, the shell that started them).
		apache = new ProcessBuilder("setsid", APACHE, "-f", root.resolve("httpd.conf").toString(), "-DFOREGROUND").redirectErrorStream(true)
				.redirectOutput(root.resolve("apache.out").toFile()).start();
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (true) {
			try (Socket s = new Socket("127.0.0.1", port)) {
				break;
			} catch (IOException notYet) {
				if (!apache.isAlive() || System.nanoTime() > until) {
					throw new IllegalStateException("Apache did not start: " + Files.readString(root.resolve("apache.out"))
							+ (Files.exists(root.resolve("error.log")) ? Files.readString(root.resolve("error.log")) : ""));
				}
				Thread.sleep(50);
			}
		}
	}

	String url(String repository) {
		return "http://127.0.0.1:" + port + "/git/" + repository + ".git";
	}

	/** The server's own bare repository, to read what it holds after a test. */
	Path repository(String name) {
		return root.resolve("repos").resolve(name + ".git");
	}

	String errorLog() throws IOException {
		return Files.exists(root.resolve("error.log")) ? Files.readString(root.resolve("error.log")) : "";
	}

	@Override
	public void close() throws Exception {
		apache.destroy();
		if (!apache.waitFor(10, TimeUnit.SECONDS)) {
			apache.destroyForcibly();
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
