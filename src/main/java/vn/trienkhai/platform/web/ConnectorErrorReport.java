package vn.trienkhai.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat rejects before the application sees them (a header over the size limit, a malformed
 * request line) get a short bilingual page instead of Tomcat's English one. Everything else is answered by
 * the application's own error handling.
 */
@Component
class ConnectorErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
			}
		});
	}

	/** Instantiated by Tomcat by class name, hence public with a no-argument constructor. */
	public static class Valve extends ErrorReportValve {

		private static final String PAGE = """
				<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%1$d</title></head>
				<body style="font-family:sans-serif;margin:2rem"><h1>%1$d · Yêu cầu không hợp lệ</h1>
				<p>Máy chủ không xử lý được yêu cầu này (dữ liệu gửi lên hoặc phần đầu yêu cầu quá lớn, hoặc sai định dạng).</p>
				<p lang="en">The server could not process this request (too large or malformed).</p>
				<p><a href="/">trienkhai</a></p></body></html>
				""";

		public Valve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(PAGE.formatted(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client is gone or the response is committed: nothing more to say
			}
		}

	}

}
