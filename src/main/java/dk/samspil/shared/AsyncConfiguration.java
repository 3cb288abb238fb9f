package dk.samspil.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs the modules' event listeners ({@code @ApplicationModuleListener}) on a thread of their own
 * after the commit, so that a request does not wait for the mails it causes. What a listener has
 * not finished stays in the event publication registry and runs again at the next start (ADR 0011).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
