package vn.trienkhai.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api (springdoc: {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html},
 * both for signed-in users only; only {@code /api/**} is described, see application.properties).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI trienkhaiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Triển khai Nghị quyết 36-NQ/TW — API / Resolution 36-NQ/TW implementation — API")
				.version("v1")
				.description("""
						Kế hoạch, nhiệm vụ, chỉ tiêu và phân tầng triển khai Nghị quyết 36-NQ/TW về phát triển và ứng \
						dụng công nghệ sinh học; đơn vị hành chính, cơ quan và nhập văn bản. Đăng nhập bằng HTTP Basic \
						hoặc phiên trình duyệt; mỗi người chỉ thấy đơn vị mình và các đơn vị cấp dưới. Lỗi trả về \
						application/problem+json (RFC 9457).

						Plans, tasks, targets and the cascade of plans implementing Resolution 36-NQ/TW on \
						biotechnology; administrative units, agencies and document import. Sign in with HTTP Basic or \
						the browser session; everyone sees only their own unit and the units below it. Errors are \
						application/problem+json (RFC 9457)."""))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
