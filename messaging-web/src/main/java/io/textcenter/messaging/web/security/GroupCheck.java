package io.textcenter.messaging.web.security;

import io.textcenter.messaging.api.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Enforces {@link RequiresGroup} before the operation runs, so a refused call changes nothing. The caller's token was
 * verified when the request came in ({@link BearerTokenMechanism}).
 */
@RequiresGroup({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class GroupCheck {

    @Inject
    private Caller caller;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        String[] allowed = requiredGroups(invocation.getMethod());
        if (caller.loginId().isEmpty()) {
            throw new ForbiddenException("a bearer token is required");
        }
        if (!caller.isInAnyOf(allowed)) {
            throw new ForbiddenException("this operation needs the group " + String.join(" or ", allowed));
        }
        return invocation.proceed();
    }

    private static String[] requiredGroups(Method method) {
        RequiresGroup onMethod = method.getAnnotation(RequiresGroup.class);
        return (onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RequiresGroup.class)).value();
    }
}
