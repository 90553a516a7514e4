package io.shouwei.bpmn;

/**
 * Names of process {@value #KEY} ({@value #RESOURCE}): a look-back check (回头看) of one subject,
 * called by other processes as a call activity. The competent agency (the town office of the
 * subject's town) checks by the due date; when it is late, the district bureau is told. The outcome
 * ({@link Outcomes}) is handed back to the caller in {@link Variables#OUTCOME}.
 *
 * <p>Subjects ({@link SubjectTypes}): a signed-off hazard (called by {@value
 * HazardRectificationProcess#KEY}), a whole mine once an order to stop is lifted (called by {@value
 * OrderToStopProcess#KEY}), or a town office's work in a campaign (called by
 * {@value CampaignProcess#KEY}). A failed check of a hazard is not an outcome of this process: it is
 * the hazard's reopening in hazard-service, whose event interrupts the caller (and so ends this
 * instance); only a passed check completes its task. A mine or a campaign has no such domain
 * command, so their check ends with {@code PASS} or {@code FAIL} and findings. Code uses these
 * names, never literals; {@code RevisitModelTest} checks them.
 */
public final class RevisitProcess {

  /** The process definition key. */
  public static final String KEY = "revisit";

  /** Where the model lies on the classpath. */
  public static final String RESOURCE = "bpmn/revisit.bpmn";

  /** Ten years, as {@link HazardRectificationProcess#HISTORY_TIME_TO_LIVE}. */
  public static final String HISTORY_TIME_TO_LIVE = "P3650D";

  private RevisitProcess() {}

  /** Ids of the model's elements. */
  public static final class Elements {

    public static final String START_REVISIT_DUE = "StartEvent_RevisitDue";
    /** The town office checks the subject again; completed through the task API. */
    public static final String TASK_REVISIT = "Task_Revisit";
    public static final String TIMER_REVISIT_OVERDUE = "Timer_RevisitOverdue";
    public static final String TASK_NOTIFY_REVISIT_OVERDUE = "Task_NotifyRevisitOverdue";
    public static final String END_REVISIT_ESCALATED = "EndEvent_RevisitEscalated";
    public static final String END_REVISITED = "EndEvent_Revisited";

    private Elements() {}
  }

  /** The model waits for no message: its caller does. */
  public static final class Messages {

    private Messages() {}
  }

  /** Variables: the caller passes them in; {@link #OUTCOME} and {@link #FINDINGS} come back. */
  public static final class Variables {

    /** One of {@link SubjectTypes}. */
    public static final String SUBJECT_TYPE = "subjectType";
    /** The hazard id, mine id or campaign id. */
    public static final String SUBJECT_ID = "subjectId";
    /** The subject's enterprise; {@code null} for a campaign. */
    public static final String ENTERPRISE_ID = "enterpriseId";
    /** The town whose office checks. */
    public static final String TOWN_CODE = "townCode";
    /** {@link java.util.Date}: when the check is due. */
    public static final String DUE_DATE = "revisitDueDate";
    /** One of {@link Outcomes}. */
    public static final String OUTCOME = "revisitOutcome";
    /** What the check found; required with {@code FAIL}. */
    public static final String FINDINGS = "revisitFindings";

    private Variables() {}
  }

  /** What is checked again. */
  public static final class SubjectTypes {

    public static final String HAZARD = "HAZARD";
    public static final String MINE = "MINE";
    /** A town office's work in a campaign: subject id = campaign id. */
    public static final String CAMPAIGN = "CAMPAIGN";

    private SubjectTypes() {}
  }

  /** Outcomes of a check. */
  public static final class Outcomes {

    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    private Outcomes() {}
  }
}
