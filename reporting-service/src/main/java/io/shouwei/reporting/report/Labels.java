package io.shouwei.reporting.report;

import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.reporting.projection.CampaignStatus;
import io.shouwei.reporting.projection.HazardStatus;
import io.shouwei.reporting.projection.OrderStatus;

/** The Chinese names of the report's constants, as the regulations and the agencies' forms use them. */
final class Labels {

  private Labels() {}

  static String of(HazardStatus status) {
    return status == null ? "" : switch (status) {
      case REPORTED -> "已上报";
      case PLANNED -> "已落实整改方案";
      case RECTIFYING -> "整改中";
      case SUBMITTED -> "待验收";
      case SIGNED_OFF -> "已销号";
      case REOPENED -> "回头看重新打开";
    };
  }

  static String of(HazardLevel level) {
    return level == null ? "" : switch (level) {
      case MAJOR -> "重大事故隐患";
      case GENERAL -> "一般事故隐患";
    };
  }

  static String of(HazardSource source) {
    return source == null ? "" : switch (source) {
      case SELF_INSPECTION -> "企业自查";
      case AGENCY_INSPECTION -> "部门检查";
      case SUPERIOR_COMPANY_INSPECTION -> "上级公司督导";
      case SPOT_CHECK -> "督导抽查";
      case WHISTLEBLOWER_TIP -> "吹哨人举报";
      case REVISIT -> "回头看";
    };
  }

  static String of(OrderType type) {
    return type == null ? "" : switch (type) {
      case RECTIFY_WITHIN_DEADLINE -> "责令限期整改";
      case STOP_PRODUCTION -> "责令停产整改";
    };
  }

  static String of(OrderStatus status) {
    return status == null ? "" : switch (status) {
      case ISSUED -> "已下达";
      case ACKNOWLEDGED -> "已签收";
      case IN_FORCE -> "停产执行中";
      case RESUMPTION_APPLIED -> "已申请复产";
      case RESUMPTION_REVIEWED -> "复产已验收";
      case LIFTED -> "已解除";
      case FULFILLED -> "已完成整改";
    };
  }

  static String of(PhaseKind kind) {
    return kind == null ? "" : switch (kind) {
      case MOBILISATION -> "动员部署";
      case CONCENTRATED_PUSH -> "集中推进";
      case SUMMARY -> "总结巩固";
    };
  }

  static String of(CampaignStatus status) {
    return status == null ? "" : switch (status) {
      case LAUNCHED -> "进行中";
      case CONCLUDED -> "已结束";
    };
  }
}
