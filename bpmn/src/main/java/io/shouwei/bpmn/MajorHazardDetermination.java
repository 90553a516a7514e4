package io.shouwei.bpmn;

/**
 * Names of decision {@value #KEY} ({@value #RESOURCE}): which criteria of the 2022 standard for
 * major accident hazards of metal and non-metal mines (矿安〔2022〕88号) the facts of a mine or of a
 * hazard report meet. Hit policy COLLECT: every matching rule row yields one {@link
 * Outputs#CRITERION_CODE} of {@value #CRITERIA_RESOURCE} and a short {@link Outputs#REASON}.
 *
 * <p>Every input is a variable of the same name. A fact that is not known is passed as {@code null}
 * and matches no row: each row tests the facts it needs for an explicit value, so "unknown" never
 * counts as "missing". {@code MajorHazardDeterminationModelTest} fails when a name here is missing
 * from the model, or a model input has no name here.
 */
public final class MajorHazardDetermination {

  /** The decision key. */
  public static final String KEY = "major-hazard-determination";

  /** Where the model lies on the classpath. */
  public static final String RESOURCE = "dmn/major-hazard-determination.dmn";

  /**
   * The criteria of the standard (code, mine type, article, Chinese and English text, whether the
   * text is confirmed against a source): a copy of {@code shared/reference/major-hazard-criteria.json}.
   * Every code the decision yields is a confirmed criterion of this file.
   */
  public static final String CRITERIA_RESOURCE = "criteria/major-hazard-criteria.json";

  /**
   * How long a process engine keeps the history of an evaluation: 180 days. Hazard-service evaluates
   * the decision with the standalone DMN engine, which keeps no history; the suggestion and the
   * criteria it named are recorded on the hazard's events, kept forever. Should a process engine
   * evaluate the decision, its history is a troubleshooting trail only.
   */
  public static final String HISTORY_TIME_TO_LIVE = "P180D";

  private MajorHazardDetermination() {}

  /** Values of {@link Inputs#MINE_TYPE}: the mine types of hazard-service's Mine. */
  public static final class MineTypes {

    public static final String UNDERGROUND = "UNDERGROUND";
    public static final String OPEN_PIT = "OPEN_PIT";
    public static final String TAILINGS_POND = "TAILINGS_POND";
    /** No criterion of the standard applies by mine type; no row matches. */
    public static final String OTHER = "OTHER";

    private MineTypes() {}
  }

  /**
   * Input variables. Types: {@code double} for lengths in metres (names end in {@code Metres}),
   * {@code integer} for counts, {@code boolean} for the rest; {@code null} when not known.
   */
  public static final class Inputs {

    /** One of {@link MineTypes}. */
    public static final String MINE_TYPE = "mineType";

    // Open pits: pit and waste-dump slopes (campaign plan S3, S8). The three slope facts of a mine
    // (hazard-service's MineFacts: slopeHeightMetres, onlineSlopeMonitoring, slopeStabilityAnalysisDone)
    // are read as the pit slope's; a waste-dump slope has facts of its own.

    /** Height of the highest pit slope, m. With {@link #ONLINE_SLOPE_MONITORING}: OP-07.1 from 200 m. */
    public static final String SLOPE_HEIGHT_METRES = "slopeHeightMetres";
    /** The pit slope is monitored online. */
    public static final String ONLINE_SLOPE_MONITORING = "onlineSlopeMonitoring";
    /** A stability analysis of the pit slope was done to the standards. Required from 100 m (OP-06). */
    public static final String SLOPE_STABILITY_ANALYSIS_DONE = "slopeStabilityAnalysisDone";
    /** Height of the highest waste-dump slope, m. */
    public static final String DUMP_SLOPE_HEIGHT_METRES = "dumpSlopeHeightMetres";
    /** A waste-dump slope stability monitoring system is in place. Required from 200 m (OP-07.2). */
    public static final String DUMP_SLOPE_MONITORING_SYSTEM = "dumpSlopeMonitoringSystem";
    /** A stability analysis of the waste-dump slope was done. Required from 100 m (OP-06). */
    public static final String DUMP_SLOPE_STABILITY_ANALYSIS_DONE = "dumpSlopeStabilityAnalysisDone";
    /** Slope monitoring switched off or damaged, or its data concealed or falsified (OP-07.3). */
    public static final String SLOPE_MONITORING_DISABLED_OR_TAMPERED = "slopeMonitoringDisabledOrTampered";
    /** Working slope angle steeper than design (OP-04). */
    public static final String WORKING_SLOPE_ANGLE_ABOVE_DESIGN = "workingSlopeAngleAboveDesign";
    /** Final-slope bench height above design (OP-04). */
    public static final String FINAL_BENCH_HEIGHT_ABOVE_DESIGN = "finalBenchHeightAboveDesign";
    /** Transverse and longitudinal radial cracks on the slope (OP-08.1). */
    public static final String SLOPE_RADIAL_CRACKS = "slopeRadialCracks";
    /** Slope toe bulging while the rear cracks widen fast (OP-08.2). */
    public static final String SLOPE_TOE_BULGING_REAR_CRACKS_WIDENING = "slopeToeBulgingRearCracksWidening";
    /** Mined top-down in benches or layers; {@code false} meets OP-03. */
    public static final String TOP_DOWN_BENCH_MINING = "topDownBenchMining";
    /** Pillars or hanging-wall ore the design keeps were mined or damaged (OP-05). */
    public static final String DESIGN_PILLARS_MINED_OR_DAMAGED = "designPillarsMinedOrDamaged";
    /** The pit lies below the surrounding ground (凹陷露天矿). */
    public static final String CONCAVE_PIT = "concavePit";
    /** Flood prevention and drainage works of a concave pit built as designed; {@code false} meets OP-10. */
    public static final String CONCAVE_PIT_FLOOD_WORKS_AS_DESIGNED = "concavePitFloodWorksAsDesigned";

    // Open pits and underground mines.

    /** Equipment, material or process banned by the state in use (OP-02, UG-02). */
    public static final String BANNED_EQUIPMENT_IN_USE = "bannedEquipmentInUse";

    // Underground mines.

    /** Independent safety exits leading directly to the surface. Fewer than 2: UG-01.1. */
    public static final String INDEPENDENT_SURFACE_EXITS = "independentSurfaceExits";
    /** The surface safety exits are as in the approved design; {@code false} meets UG-01.1. */
    public static final String SURFACE_EXITS_AS_DESIGNED = "surfaceExitsAsDesigned";
    /** Distance between the surface safety exits, m. Exactly 2 exits less than 30 m apart: UG-01.2. */
    public static final String SURFACE_EXIT_SPACING_METRES = "surfaceExitSpacingMetres";
    /** Fewest safety exits of a main production level, mining area, panel or block. Below 2: UG-01.4. */
    public static final String PRODUCTION_AREA_MIN_EXITS = "productionAreaMinExits";
    /** A safety exit is blocked, or its ladders or steps are unusable (UG-01.5). */
    public static final String SAFETY_EXIT_IMPASSABLE = "safetyExitImpassable";
    /** Workings connected with an adjacent mine's, or adjacent systems connected without approval (UG-03). */
    public static final String UNAUTHORISED_WORKINGS_CONNECTION = "unauthorisedWorkingsConnection";
    /** Mined-out voids or abandoned drifts used as sumps (UG-07.4). */
    public static final String VOIDS_USED_AS_SUMP = "voidsUsedAsSump";
    /** The mine is ventilated mechanically; {@code false} meets UG-20. */
    public static final String MECHANICAL_VENTILATION = "mechanicalVentilation";
    /** Persons carried by one trackless personnel carrier. More than 25: UG-23.2. */
    public static final String CARRIER_PERSONS_CARRIED = "carrierPersonsCarried";
    /** Producing before completion acceptance, outside an approved joint trial run (UG-27.2). */
    public static final String PRODUCING_BEFORE_COMPLETION_ACCEPTANCE = "producingBeforeCompletionAcceptance";

    // Tailings ponds (campaign plan S4).

    /** Mining, excavation, blasting or other activity not per design in the pond area or on the dam (TP-01). */
    public static final String POND_ACTIVITY_NOT_PER_DESIGN = "pondActivityNotPerDesign";
    /** Average outer slope of the dam or of a raised sub-dam steeper than design (TP-03). */
    public static final String DAM_OUTER_SLOPE_STEEPER_THAN_DESIGN = "damOuterSlopeSteeperThanDesign";
    /** A retired flood-discharge structure is not plugged as designed (TP-09.3). */
    public static final String RETIRED_DISCHARGE_PLUGGING_NOT_PER_DESIGN = "retiredDischargePluggingNotPerDesign";
    /** The pond's safety monitoring system malfunctions and is not repaired promptly (TP-13.2). */
    public static final String POND_MONITORING_FAULT_UNREPAIRED = "pondMonitoringFaultUnrepaired";

    private Inputs() {}
  }

  /** Output names of every matching row. */
  public static final class Outputs {

    /** The code of a criterion in {@value MajorHazardDetermination#CRITERIA_RESOURCE}, e.g. {@code OP-07.1}. */
    public static final String CRITERION_CODE = "criterionCode";
    /** Which facts met it, in a short English sentence. */
    public static final String REASON = "reason";

    private Outputs() {}
  }
}
