package org.ecvetledger.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every rendered page knows who is signed in, for its menu; the API never renders a view. */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

    static final String CALLER = "caller";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void postHandle(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            Object handler,
                            ModelAndView view) {
                        if (view != null && !view.getModelMap().containsAttribute(CALLER)) {
                            PageCaller.current().ifPresent(caller -> view.addObject(CALLER, caller));
                        }
                    }
                })
                .excludePathPatterns("/api/**");
    }
}
