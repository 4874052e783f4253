package org.casework.referrals;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Follow-ups of stalled referrals run on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReferralsConfiguration {

}
