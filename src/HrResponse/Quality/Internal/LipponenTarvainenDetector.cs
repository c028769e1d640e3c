namespace HrResponse.Quality.Internal;

/// <summary>
/// Beat classification of Lipponen &amp; Tarvainen (2019) on one gap-free run of intervals (written from the paper's
/// description and checked against NeuroKit2's and systole's readings of it).
/// </summary>
/// <remarks>
/// <para>dRR(j) = RR(j) − RR(j−1) (0 for the first interval), normalised by Th1(j) = α·QD(|dRR|) over a centred
/// window of 91 beats, where QD = (Q3 − Q1)/2 with linearly interpolated quartiles. mRR(j) = RR(j) − median11(j),
/// doubled when negative, normalised by Th2(j) = α·QD(|mRR|) over 91 beats.</para>
/// <para>Subspace 1: S11 = dRR(j); S12 = max(dRR(j−1), dRR(j+1)) when dRR(j) &gt; 0, else the min. Ectopic when
/// (S11 &gt; 1 and S12 &lt; −c1·S11 − c2) or (S11 &lt; −1 and S12 &gt; −c1·S11 + c2): the beat ending interval j−1
/// is out of place, and intervals j−1 and j are both affected. Ectopic beats are found first, over the whole run,
/// so the first interval of the pair is not also classified as short or long.</para>
/// <para>Subspace 2: S22 = min(dRR(j+1), dRR(j+2)) when dRR(j) ≥ 0, else the max. Long when (S11 &gt; 1 and
/// S22 &lt; −1) or (|mRR| &gt; 3 and RR &gt; median); short when (S11 &lt; −1 and S22 &gt; 1) or (|mRR| &gt; 3 and
/// RR ≤ median). A short interval is an extra beat when |RR(j) + RR(j+1) − median(j)| &lt; Th2(j); a long one is a
/// missed beat when |RR(j)/2 − median(j)| &lt; Th2(j).</para>
/// <para>Our additions, each found necessary on real recordings with injected artifacts
/// (the artifact-injection results of docs/validation.md), where the published rules alone flagged natural beats
/// next to artifacts or split long beats: (1) Th1 and Th2 are at least
/// <see cref="ArtifactCorrectionOptions.LipponenMinimumThresholdPercent"/> of the local median; (2) an ectopic pair needs
/// its two intervals to deviate from the median in opposite directions, the smaller deviation at least 40 % of the
/// larger (a premature beat and its compensatory pause); (3) the long rule needs the drop at j+1 itself
/// (dRR(j+1) &lt; −1), and the short rule needs the rise at j+1 unless the pair (j, j+1) adds up to an extra beat, so a
/// natural beat is not classified by an artifact two beats later; (4) a missed beat must be longer than 1.5 times
/// the median (at high variability Th2 can exceed a third of the median, and a 40 % long interval would otherwise
/// be split in two); (5) later passes reuse the quartile thresholds of the first pass (computed on the uncorrected
/// series), so the data's own variability sets them rather than our interpolated values, and each pass costs one
/// median filter instead of three rolling windows; (6) the quartile thresholds are estimated with the artifacts left out:
/// first without the intervals more than 20 % from the local median, then without exactly the flagged intervals,
/// reclassifying until the flagged set no longer changes (at most three times; issue 14: the upper quartile of |dRR|
/// breaks down at 25 % contamination, and a premature beat contributes three large values, so a few artifacts close
/// together raised Th1 above the artifacts themselves). <see cref="ArtifactCorrectionOptions.LipponenRefinements"/> =
/// false switches (2)–(7) off and a floor of 0 switches (1) off: the published method; (7) a short interval followed
/// by a long one, deviating by comparable amounts, together within Th2 of two local medians and compensated (total off by less than a quarter of the smaller deviation), is an ectopic pair
/// even when the subspace-1 rule missed it (it needs the interval after the pause back at the median, which fails when
/// two artifacts are adjacent); (8) the extra-beat test (the two short intervals add up to one) accepts a difference of
/// at least 20 % of the local median, not only Th2 (the missed-beat test keeps Th2: a 20 % tolerance there split the
/// long interval at the onset of a Valsalva bradycardia): with
/// thresholds estimated without the artifacts (6), Th2 can be smaller than the natural difference between the split
/// interval and the median, and two short intervals that add up to one within 20 % are not sinus rhythm; (9) an interval
/// classified through the dRR rules (ectopic: one of the pair; long or short by subspace 2 without the mRR rule) must
/// itself lie at least 0.7 × Th1 off its local median: natural alternation (one interval slightly long, the next slightly
/// short) makes a dRR step twice as large as either interval's offset, a displaced beat one about as large as its own
/// offset (issue 14: zigzags of ±5 % were ectopic pairs on the 24-h recordings); the floor under Th1 in this test is
/// 6 % of the median, or the option's floor when lower (refinement 29, with the option's default raised from 8 to 10 %:
/// a beat displaced by 20 ms among 315-ms intervals that differ by 3 ms, 314 [335 295] 321 ms, is a timing error the
/// 10 % floor alone would keep); (10) a long interval over 1.5 medians
/// whose half lies within Th2/2 of an adjacent interval not flagged is a missed beat even when the half is further than
/// Th2 from the median (the median lags where the rhythm changes within a few beats); (11) a long interval followed by a
/// short one (a late beat) is an ectopic pair only when the two keep the duration of two local medians within a quarter
/// of their smaller deviation: a displaced beat moves time from one interval to the next, while a short artifact after a
/// naturally long interval, or a premature beat right after a missed one, leaves the total off; (12) a long or short interval flagged
/// through subspace 2 without the mRR rule next to an ectopic pair, an extra or a missed beat is tested again with that
/// artifact repaired (the pair as two halves of its total, the extra beat's intervals merged, the missed beat's split),
/// and the flag is dropped when the steps into and out of it no longer pass Th1 (<see cref="RepairedNeighbours"/>): the
/// artifact's own steps made its natural neighbours look long or short; (13) where the 11-beat median lags the rhythm
/// (it differs by at least 6 % from the mean of an artifact's two neighbours, which are not flagged and lie within 25 %
/// of each other), the comparable-deviation test (2) of a premature pair (short, then long), the extra-beat sum test and
/// the missed-beat half test also accept that neighbours' mean as the reference; late beats (11) and refinement (9)
/// keep the median (against the neighbours, natural swings and zigzags passed them); (14) an ectopic pair next to
/// another ectopic pair, an extra or a missed beat is tested again with that artifact repaired, as in (12): the pair
/// stays when the subspace-1 rule still holds, or, for a pair of (7), when its first interval is still short by the
/// mRR rule or by a step down into it (<see cref="RepairedNeighbours.PairStillFlagged"/>; issue 14: the pause of an
/// injected premature beat made the natural pair after it, 953 and 1,032 ms around a 976-ms median, pass the
/// subspace-1 rule, and about one false alarm in six on the 24-h recordings was such a pair); (15) a short interval
/// between two long ones pairs with the longer: a late-beat pair (long, short) is not taken when the interval after the
/// short one lies further above its median than the long one before it, so that the short one and its pause are found
/// as a premature beat; (16) a neighbour flagged only by the dRR rules (a step flag, which (12) may still drop) counts
/// as unflagged for the neighbours' mean of (13): the natural interval before an extra beat where the rhythm slows is
/// flagged long by the extra beat's own drop, and blocked the sum test that would have found the extra beat; (17) in the
/// robust iterations of (6) the 11-beat median is taken again on the series with the extra and missed beats found so
/// far repaired (an extra beat's two intervals as their sum, a missed beat's interval as its two halves), over the same
/// number of beats as on the clean series (<c>RepairedBeatsMedian</c>), and mRR with it; the thresholds keep the plain
/// median: an extra beat puts two short values into the window and a missed beat one long
/// value in place of two, which pulls the median off where the rhythm changes (issue 14: 875 914 1,196 1,117 [517 631]
/// ms flagged the natural 1,196 long; the iterations go on while the repaired median changes, also when the mask does
/// not, 781 797 [1,357] 670 ms having flagged the natural 670 short against the unrepaired median); since
/// docs/beat-quality.md item 44 an ectopic pair found so far counts as two halves of its total in its neighbours'
/// windows, while the pair's own windows keep its recorded intervals (560 [403 989] 780 692 ms: the pair moved one
/// value below the median where the natural interval was above it, the median dropped a rank and the natural 780 was
/// flagged long; repaired in its own windows too, the pair's pause came out a missed beat); (18) a short interval that adds up to one interval with the interval before it
/// and with the one after belongs with the shorter of the two (an extra beat's halves are both short): 843 [302 545]
/// 1,037 ms around a 960-ms median was the natural 843 merged with 302 and 545 left a short interval; (19) the half test
/// of (10) also takes a neighbour flagged only by the dRR rules (as (16) does) when the other neighbour lies within 25 %
/// of the half as well: the step up into a missed beat flags the interval before it short (770 [1,489] 832 ms), while
/// a premature interval before its pause (502 [1,050] 692 ms) has its other neighbour back at the rhythm; (20) the
/// missed-beat half test against the median accepts at most 20 % of the median, not Th2 alone: in high-variability
/// exercise recordings Th2 reaches 23 % of the median, and a naturally long interval ×1.35 (972 → 1,312 ms, 1.54
/// medians, half 23 % below the median) was split as a missed beat (the neighbour tests of (10), (13) and (19) keep
/// their own tolerances); (21) on a run of at least two threshold windows (182 beats), the first and last 45 beats take
/// the thresholds of the first and last full window rather than of a centred window cut at the run's end, whose
/// quartile deviation from as few as 46 beats moves with the few artifacts in it (the first interval, with no step
/// into it, is decided by the mRR rule alone); (23) a long interval of at least 1.8 local medians is a missed beat
/// whatever its half: no ×1.35 interval of a natural beat or natural step reaches it, and where the merged beats
/// include a naturally long or short one (852 [1,906] 836 ms, half 14 % off both neighbours) the half tests fail and
/// the interval was interpolated as one long beat, dropping 0.8 medians of recorded time (refinement 22 is in the
/// correction, <c>CompensatoryPause.MatchesPrecedingCycle</c>); (24) two short intervals, each at most 0.8 local medians,
/// that add up to neither one interval nor two are an extra beat when their sum and the interval after them (or the one
/// before) form a compensated premature pair (refinement 7's test, with up to 0.35 of the smaller deviation): an extra
/// beat inside a natural premature interval or its pause (436 [155 189] 548 ms; 344 [247 301] 432 ms) was three short
/// flags. The pair's other interval is left to the next pass, which finds the pair on the merged series; (25) a short
/// interval (at most 80 % of the unflagged interval before it) and the next one are an ectopic pair when they last two
/// cycles of that preceding interval within 2 % of it and the pause is longer than the interval after it by at least
/// 5 % of it: a full compensatory pause by its classic definition, which holds where the rhythm rises through the pair
/// and the median-based tests miss it (736 [471 1,001] 960 ms); the drop out of the pause separates a short interval
/// before a natural rise to a new level (791 [622 960] 957 ms); (26) two short intervals, each at most 0.8 local medians,
/// are an extra beat when they add up to an adjacent unflagged interval under 1.5 medians within Th2 / 2 or 5 % of it,
/// and both are at most 85 % of the interval on the other side: where the rhythm jumps, the median and the neighbours'
/// mean both miss the split interval (1,039 [454 554] 695 ms), while parts at the level of the other side are sinus
/// beats beside a missed beat (616 [312 304] 316 ms at peak exercise); (27) in a later pass, a long or short flag of the
/// dRR rules alone whose step into or out of the interval is taken against a half of a missed beat split by an earlier
/// pass must pass Th1 by 0.2 Th1 there: the even split is off each of the two beats it stands for by half a natural
/// step, about the quartile deviation Th1 / α (648 664 [727] 1,344 680 ms, the 1,344 split into 672 + 672 ms, flagged
/// the natural 727 long by −55 ms against Th1 ≈ 54 ms; the clean beats there are 695 and 648 ms); (28) refinement
/// (12) also repairs a neighbour flagged long or short by the mRR rule, as the mean of its two neighbours (what the
/// correction makes of it when the tested interval stays), and the step against that estimate must pass Th1 by 0.2 Th1
/// as in (27): 813 844 922 [602] 789 ms, a ×0.7 artifact after a natural 922 ms, flagged the 922 long with it (drop
/// 922 → 855 ms = 67 ms, Th1 ≈ 66 ms); (30) an ectopic pair whose two intervals both lie within 10 % of the local
/// median, where the quartile threshold is at least half the floor (natural steps of the order of Th1), needs its step
/// to pass Th1 by 0.2 Th1: natural alternation on the 24-h recordings (1,179 [1,086 1,211] 1,164 ms, step 1.07 Th1)
/// was flagged in some runs and not in others as artifacts elsewhere in the 91-beat window moved Th1 by a few per cent;
/// a beat displaced among nearly equal intervals (quartile threshold far below the floor) is still found; (31) a long or
/// short flag of the mRR rule alone is dropped when the interval lies at the level of an adjacent interval not taken
/// by an artifact (step under Th1, the neighbour off the flagged interval's median on the same side by at least half as much): an artifact
/// changes one interval or two in opposite directions, and two neighbours off the median together are the rhythm
/// moving faster than the 11-beat median (540 [1,180] 772 780 692 ms, the missed beat split into 590 + 590 ms, flagged
/// both natural intervals long at 3.0 Th2; before item 45 the neighbour's offset was taken against its own
/// median); a short interval at most 75 % of its median is never such a level (sinus
/// intervals do not shorten by more than about 25 % from beat to beat); (32) a short–long pair that neither lasts two
/// local medians (within a quarter of its smaller deviation) nor has its long interval above the intervals before and
/// after the pair is not an ectopic pair: a premature beat's pause stands above its neighbours, and such a pair is a
/// ×0.7 interval before a natural one (969 992 [678 961] 906 ms), whose short interval is flagged alone. Refinement
/// (33) follows the detector in each pass (<see cref="PairReadings"/>): a short–long pair takes the reading an
/// autoregressive model of its neighbours explains best; (34) where the centred threshold window straddles a change
/// of variability, a beat takes the thresholds of the window half a window before or after it
/// (<c>ThresholdsAcrossRegimeChanges</c>); (35) where the median lags and the neighbours of a long interval agree
/// (refinement 13's reference), the missed-beat half test is taken against the neighbours only, not the median
/// (<c>MissedRefined</c>); (36) in refinement (12)'s re-test beside an ectopic pair repaired as two halves, one of the
/// two steps must pass Th1 by 0.2 Th1 (<see cref="RepairedNeighbours"/>). Refinement (37) follows the passes once they
/// have converged (<see cref="CompensatingNeighbours"/>): an unflagged interval beside a corrected artifact, many
/// natural steps off the rhythm, whose deviation the artifact's recorded duration makes up for, is corrected with it;
/// (55) an artifact that is one recorded interval replaced by an estimate keeps no time and is not held to that test.
/// (38) A long interval flagged by the dRR rules alone (not |mRR| &gt; 3 Th2) whose next interval begins an ectopic pair
/// of the same pass, with no other artifact within 10 beats of the two, is not flagged in that pass: the drop after it
/// is the premature beat's, and the next pass judges it against the pair as corrected (010: 906 [1,024] 634 1,249 804
/// ms, a natural 1,024 ms before an injected pair, long by the drop into the 634). (39) Where the neighbours of a long
/// interval disagree in a fast swing, it is a missed beat when its half lies between the two, each neighbour being the
/// rhythm, and (48) it is no sinus interval after the one before nor before the one after (over 1.325 times each;
/// before refinement 48, 1.5 times the longer) (<c>MissedWithinASwing</c>). (40) Below 1.8 medians, a long interval
/// is a missed beat only when it splits into two intervals that follow and lead into its recorded, unflagged neighbours
/// and each other by sinus steps (no shortening over 24.5 %, no lengthening over 32.5 %: Kamath and Fallen's limits;
/// <c>SplitsIntoSinusSteps</c>); an earlier pass's estimate is no neighbour for this (<see cref="IntervalOrigin"/>). (41) The parts of an extra beat that
/// add up to an adjacent interval need be short against the larger of the median and that interval, the rhythm where
/// the median lags (<c>PartsShortForLevel</c>). (42) A long–short pair whose short interval begins an extra beat (it and
/// the next add up to one interval, both clearly shorter than the intervals on either side) is not an ectopic pair
/// (<c>ShortStartsExtraBeat</c>). (43) Runs of double detections — pairs of parts, each adding up to the rhythm and
/// split unevenly the same way, between intervals at the rhythm — are extra beats (<see cref="ExtraBeatRuns"/>), found
/// before the published rules, which see neither the median nor a neighbour at the rhythm there. (44) A short–long
/// pair whose drop and rise are both non-sinus steps and which lasts what the two intervals around it do (within 3 %;
/// those two the rhythm, the pair within 25 % of two medians) is a premature beat where the median lags a swing
/// (<c>PrematureInASwing</c>). (45) A recorded interval whose step in and step out both exceed Kamath and Fallen's sinus
/// limits, in opposite directions, with unflagged neighbours, is short or long, however large the local thresholds
/// (<c>FlagNonSinusExcursions</c>). (46) A pair the ectopic rules take whose long interval lies above the rhythm
/// of the two intervals around it by more than three times what its short interval lies below it is no beat out of its
/// place (a premature beat's pause makes up at most for its prematurity, a late beat's shortening equals its
/// lengthening): its long interval is flagged alone (<c>PairOutOfProportion</c>), or typed missed where the missed-beat
/// test of stage 2 says so (54). (47) Two intervals each shorter than
/// either neighbour by more than a sinus beat shortens, whose sum follows the interval before and leads into the one
/// after by sinus steps, are an extra beat where the rhythm jumps between the neighbours (<c>PartsMakeOneSinusInterval</c>).
/// (49) Stage 1 also takes a pair whose first interval drops from the one before by more than a sinus beat shortens and
/// whose second is a pause — at least 1.2 times the interval before the pair, longer than the one after it, and longer
/// than the one before by at most what the first is shorter — where the rhythm rises right after the pause, so that the
/// published rule's fall out of the pause is missing (<c>PauseAfterAnEarlyBeat</c>). (50) Refinement (31)'s level test
/// is taken for a short flag of the mRR rule alone before the extra-beat and pause-split readings (refinement 24), not
/// after them. (51) Where the first pass's re-estimations alternate between two readings that differ by one ectopic pair
/// shifted by one interval, the pair whose total lies closer to the two intervals around it is kept
/// (<c>ShiftedPairs</c>, <c>PairMisfit</c>). (54) Where the two intervals around such a pair disagree by more than 15 %,
/// the rhythm ramps across it: a short interval followed by a long one is measured against the straight line between them
/// for refinement (46). (56) Two recorded intervals in a row off the same side of two agreeing intervals around them, by
/// the floor and by 12 median natural steps, are each long or short (<c>FlagTwoBeatExcursions</c>); (61) the 12 steps
/// are asked of the two offsets' mean, and the intervals around them must be the rhythm's level. (57) Refinement
/// (45) also takes an interval with one step beyond the sinus limits when the other step goes back by at least half of
/// its own limit, unless it is a long interval entered by its only non-sinus step at a level the rhythm reaches within
/// 10 beats (a natural pause; <c>FlagNonSinusExcursions</c>). (60) The step flags of each classification are reported
/// (<see cref="MarkStepFlags"/>) for <see cref="PairReadings"/>, which takes one beside a pair as recorded and tests it
/// again when the pair is read otherwise. (64) The level-recurrence exception of (45) and (57) does not hold for a short
/// interval entered by a shortening beyond Kamath and Fallen's limit: a natural trough is approached by sinus steps.
/// (65) Of two step flags side by side, which share one step, the one whose other step is the smaller is tested again
/// with the other (the spike) repaired, unless the two read as one artifact (<see cref="RepairedNeighbours.SpikeBeside"/>).
/// (67) A short interval followed by a pause that an interval at least as long follows is a premature beat with its
/// compensatory pause when the pair compensates (refinement 7's test) against the mean of the intervals before the pair
/// and after the third, which lies above that mean by Th2 (<c>PauseBeforeALongInterval</c>); (68) also where that test
/// fails (the pause the longer of the two, or the pair off by more than its share), when the third falls out of itself
/// by a non-sinus step, the two around agree within 15 % and the pair compensates within refinement 24's looser share.
/// (69) A short interval right after a missed beat of the same pass, followed by a long one, is a premature beat with its
/// pause when the pair compensates against the half of the missed beat and the interval after the pair
/// (<c>PairAfterAMissedBeat</c>). (70) Refinement 67's shape is also a premature pair against the pair's own cycle (the
/// mean of the short interval and the pause) where the short interval is at most 80 % of it, the intervals around reach
/// it by sinus steps and the third lies above it by Th2 and ends in a non-sinus fall (<c>FullPauseBeforeAnExcursion</c>).
/// The complete list, a row each with its case: docs/lipponen-departures.md.</para>
/// </remarks>
internal sealed partial class LipponenTarvainenDetector
{
    // Keeps thresholds positive when the floor is 0 and the quartile deviation is 0 (identical intervals).
    private const double MinimumThresholdMs = 1e-6;

    private const double MissedMinMedianMultiple = 1.5;

    // Refinement (20): the missed-beat half test against the local median accepts at most this fraction of the median.
    private const double MissedHalfMaxFraction = 0.2;

    // Refinement (23): a long interval of at least this many local medians is a missed beat without the half tests.
    private const double MissedCertainMedianMultiple = 1.8;

    private const double EctopicSymmetry = 0.4;

    private const int RobustIterations = 3;

    /// <summary>
    /// Stretches of at least this many beats compute their |dRR| and |mRR| quartiles on two threads
    /// (<see cref="MaskedQuartiles"/>). Settable only so that tests can compare with the one-thread path.
    /// </summary>
    internal static int ParallelMinimumBeats { get; set; } = 16_384;

    // Refinement (7): the largest shortfall of a compensated pair's total, as a fraction of its smaller deviation.
    private const double CompensationFraction = 0.25;

    // Refinement (25): a full compensatory pause makes two preceding cycles within this fraction of one, and is longer
    // than the interval after it by at least FullPauseDrop of one.
    private const double FullPauseTolerance = 0.02;
    private const double FullPauseDrop = 0.05;

    // Refinement (30): an ectopic pair whose two intervals both lie within AlternationOffsetFraction of the local median
    // needs its step to pass Th1 by AlternationStepMargin, where the quartile threshold is at least
    // AlternationQuartileShare of the floor (natural steps of the order of Th1).
    private const double AlternationOffsetFraction = 0.1;
    private const double AlternationStepMargin = 0.2;
    private const double AlternationQuartileShare = 0.5;

    // Refinement (58): a long or short flag of the dRR rules alone on an interval within this fraction of its local
    // median needs both steps to pass Th1 by AlternationStepMargin (wider than refinement 30's 10 %: a single interval
    // moves both of its steps, a pair's interval one).
    private const double NearThresholdOffsetFraction = 0.12;

    // Refinement (31): an adjacent interval at the level of an mRR flag is off its median by at least this share of
    // the flag's offset.
    private const double LevelNeighbourShare = 0.5;

    // Refinement (31): a short interval at most this fraction of its local median is never a level of the rhythm: sinus
    // intervals do not shorten by more than about 25 % from one beat to the next (the 24.5 % limit of Kamath MV,
    // Fallen EL, "Correction of the heart rate variability signal for ectopics and missing beats", in Malik M, Camm AJ,
    // eds., Heart Rate Variability, Futura, 1995, pp. 75–85).
    private const double ShortLevelMinFraction = 0.75;

    // Refinement (26): an extra beat's two intervals may add up to an adjacent interval within this fraction of it.
    private const double SumMatchesNeighbourFraction = 0.05;

    // Refinement (26): each part is at most this fraction of the interval on the other side.
    private const double SplitPartOfLevelFraction = 0.85;

    // Refinement (24): each part of an extra beat inside a premature pair is at most this fraction of the local median.
    private const double SplitPartMaxFraction = 0.8;

    // Refinement (24): the largest shortfall of the pair an extra beat splits, as a fraction of its smaller deviation
    // (looser than refinement 7's 0.25: the sum of an extra beat's parts is exact, and the pair is a natural one).
    private const double SplitPairCompensationFraction = 0.35;

    // Refinement (8): the extra-beat sum test accepts at least this fraction of the median.
    private const double SumToleranceFraction = 0.2;

    // Refinement (6): intervals further than this from the local median are left out of the first threshold estimate.
    private const double PrescreenFraction = 0.2;

    // Refinement (9): an interval flagged by the dRR rules must lie at least this multiple of Th1 off its local median.
    private const double OffMedianFraction = 0.7;

    // Refinement (29): the floor under Th1 in refinement 9's off-median test, as a fraction of the local median (the
    // option's floor when that is lower).
    private const double OffMedianFloorFraction = 0.06;

    // Refinement (13): the two neighbours of an artifact serve as its reference when they differ by at most this
    // fraction of their mean.
    private const double NeighbourAgreement = 0.25;

    // Refinement (13): the neighbours' mean is used only where it differs from the local median by at least this fraction.
    private const double MedianLagFraction = 0.06;

    /// <summary>
    /// Refinements (27) and (28): the margin, in units of Th1, by which a step against an estimated interval must pass
    /// Th1 (an estimate stands for a beat about half a natural step away, of the order of the quartile deviation Th1 / α).
    /// </summary>
    internal const double EstimateMargin = 0.2;

    /// <summary>
    /// Refinement (58): the intervals (indices with the run's offset) that a classification of the last
    /// <see cref="Detect"/> calls kept from a long or short flag because their steps pass Th1 by less than the margin.
    /// Whether they are artifacts follows the threshold; the ambiguity rule of the quality report counts them as flags.
    /// The caller clears the list.
    /// </summary>
    public List<int> NearThreshold { get; } = [];

    /// <summary>
    /// Marks in <paramref name="stepFlag"/> (indices with the run's offset) the long and short events of the last
    /// <see cref="Detect"/> call, from <paramref name="first"/> on, that the dRR rules alone raised (step flags).
    /// </summary>
    public void MarkStepFlags(List<RunEvent> events, int first, int offset, int length, Span<bool> stepFlag)
    {
        if (length < 3) return;
        var marks = _marks.AsSpan(0, length);
        for (var k = first; k < events.Count; k++)
        {
            var (index, type) = events[k];
            var j = index - offset;
            if (type is ArtifactType.Long or ArtifactType.Short && (uint)j < (uint)length && marks[j] == BeatMark.StepFlag) stepFlag[index] = true;
        }
    }

    private List<RunEvent> _previous = [], _beforePrevious = [];
    private readonly List<(int From, int To)> _regions = [];
    private double[] _nd = [], _nm = [], _dRaw = [], _mRaw = [], _absD = [], _absM = [], _th2 = [], _q1 = [], _q3 = [], _q1M = [], _q3M = [];
    private bool[] _used = [], _exD = [], _exM = [], _newM = [], _exD2 = [];
    private double[] _wide1 = [], _wide2 = []; // refinement (34): the 91-beat window's thresholds before ThresholdsAcrossRegimeChanges
    private BeatMark[] _marks = [];

    /// <summary>
    /// Classifies the beats of one gap-free run and appends the artifacts found (indices offset by
    /// <paramref name="offset"/>).
    /// </summary>
    /// <param name="rr">The run's intervals in ms.</param>
    /// <param name="med">The centred rolling median of <paramref name="rr"/>.</param>
    /// <param name="qd1">α × quartile deviation of |dRR| per beat: computed and written when
    /// <paramref name="computeThresholds"/>, otherwise read (the values of an earlier pass).</param>
    /// <param name="qd2">The same for |mRR|.</param>
    /// <param name="computeThresholds">True to compute the rolling thresholds on this series.</param>
    /// <param name="origins">Per interval of the run, where it comes from (<see cref="IntervalOrigin"/>: recorded, a half of
    /// an interval an earlier pass split as a missed beat, or an earlier pass's estimate); empty in the first pass
    /// (refinements 27 and 40).</param>
    /// <param name="o">Options.</param>
    /// <param name="events">Receives the artifacts.</param>
    /// <param name="offset">Index of the run's first interval in the working series.</param>
    public void Detect(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, Span<double> qd1, Span<double> qd2,
        bool computeThresholds, ReadOnlySpan<IntervalOrigin> origins, ArtifactCorrectionOptions o, List<RunEvent> events, int offset)
    {
        var m = rr.Length;
        if (m < 3) return;
        Ensure(m);
        var dRaw = _dRaw.AsSpan(0, m);
        var mRaw = _mRaw.AsSpan(0, m);
        var absD = _absD.AsSpan(0, m);
        var absM = _absM.AsSpan(0, m);
        var q1 = _q1.AsSpan(0, m);
        var q3 = _q3.AsSpan(0, m);
        var alpha = o.LipponenAlpha;
        var refined = o.LipponenRefinements;

        DetectorVectors.Differences(rr, dRaw, absD);
        DetectorVectors.MedianDeviations(rr, med, mRaw, absM);

        if (computeThresholds && refined)
        {
            DetectRobust(rr, med, qd1, qd2, o, events, offset);
            return;
        }

        if (computeThresholds)
        {
            RollingStatistics.Quantiles(absD, o.LipponenThresholdWindowBeats, 0.25, 0.75, q1, q3);
            for (var i = 0; i < m; i++) qd1[i] = alpha * (q3[i] - q1[i]) / 2;
            RollingStatistics.Quantiles(absM, o.LipponenThresholdWindowBeats, 0.25, 0.75, q1, q3);
            for (var i = 0; i < m; i++) qd2[i] = alpha * (q3[i] - q1[i]) / 2;
        }

        Classify(rr, med, qd1, qd2, origins, o, events, offset);
    }

    // Refinement (6): the quartile thresholds are estimated with the artifacts left out. Each premature beat puts
    // three large values into the |dRR| window (the drop, the rise, the return) and two into |mRR|; the upper
    // quartile breaks down at 25 % contamination, so a few artifacts close together raise Th1 above the artifacts
    // themselves (issue 14: 5 % premature beats on a 5-min NSR excerpt gave Th1 ≈ 540 ms where the clean value is
    // 50 ms, and the pairs were kept). The first estimate leaves out the intervals more than PrescreenFraction from
    // the local median (gross deviations that no artifact-free window needs); then the run is classified, the
    // thresholds are re-estimated without exactly the flagged intervals (only the windows whose content changed are
    // recomputed), and the run is classified again, until the flagged set no longer changes.
    private void DetectRobust(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, Span<double> qd1, Span<double> qd2,
        ArtifactCorrectionOptions o, List<RunEvent> events, int offset)
    {
        var m = rr.Length;
        var exD = _exD.AsSpan(0, m);
        var exM = _exM.AsSpan(0, m);
        var newM = _newM.AsSpan(0, m);
        var window = o.LipponenThresholdWindowBeats;
        var half = window / 2;
        var alpha = o.LipponenAlpha;
        var medR = _medR.AsSpan(0, m);
        med.CopyTo(medR);
        rr.CopyTo(_rrRepaired.AsSpan(0, m));
        _repairKind.AsSpan(0, m).Clear();

        for (var i = 0; i < m; i++) exM[i] = Math.Abs(rr[i] - med[i]) > PrescreenFraction * med[i];
        exD[0] = exM[0];
        for (var i = 1; i < m; i++) exD[i] = exM[i] || exM[i - 1];
        var wide1 = _wide1.AsSpan(0, m);
        var wide2 = _wide2.AsSpan(0, m);
        MaskedThresholds(m, window, alpha, wide1, wide2, 0, m - 1);

        var first = events.Count;
        HoldThresholdsAtRunEnds(wide1, wide2, window);
        ThresholdsAcrossRegimeChanges(wide1, wide2, exD, qd1, qd2, half, alpha);
        Classify(rr, medR, qd1, qd2, default, o, events, offset);
        for (var iteration = 0; iteration < RobustIterations; iteration++)
        {
            // The mask of exactly the flagged intervals.
            newM.Clear();
            for (var k = first; k < events.Count; k++)
            {
                var ev = events[k];
                var i = ev.Index - offset;
                var last = ev.Type is ArtifactType.Ectopic or ArtifactType.Extra ? Math.Min(i + 1, m - 1) : i;
                for (var j = i; j <= last; j++) newM[j] = true;
            }

            // The new |dRR| mask, then recompute the windows around every value whose mask changed.
            var newD = _exD2.AsSpan(0, m);
            newD[0] = newM[0];
            for (var i = 1; i < m; i++) newD[i] = newM[i] || newM[i - 1];
            var pending = _regions;
            pending.Clear();
            int nextM = -1, nextD = -1;
            for (var i = 0; i < m; i++)
            {
                // Skip to the next value whose mask changed (vector compares over the unchanged stretch; each mask's
                // next change is searched for again only once i has passed it).
                if (nextM < i) nextM = i + newM[i..].CommonPrefixLength(exM[i..]);
                if (nextD < i) nextD = i + newD[i..].CommonPrefixLength(exD[i..]);
                i = Math.Min(nextM, nextD);
                if (i >= m) break;
                AddWindowAround(pending, i, half, m);
            }

            var masksChanged = pending.Count > 0;
            if (masksChanged)
            {
                newM.CopyTo(exM);
                newD.CopyTo(exD);
                foreach (var (from, to) in pending) MaskedThresholds(m, window, alpha, wide1, wide2, from, to);
                HoldThresholdsAtRunEnds(wide1, wide2, window);
                ThresholdsAcrossRegimeChanges(wide1, wide2, exD, qd1, qd2, half, alpha);
            }

            var medianChanged = RepairMedian(rr, med, medR, events, first, offset, o.MedianWindowBeats);
            // The median is repaired even when the mask did not change (the flags can be exactly the intervals the
            // first estimate left out, and a missed beat's median stays pulled up until it is repaired).
            if (!masksChanged && !medianChanged) break;

            (_beforePrevious, _previous) = (_previous, _beforePrevious);
            var previous = _previous;
            previous.Clear();
            for (var k = first; k < events.Count; k++) previous.Add(events[k]);
            events.RemoveRange(first, events.Count - first);
            Classify(rr, medR, qd1, qd2, default, o, events, offset);
            if (Same(previous, events, first)) break;
            if (iteration > 0 && Same(_beforePrevious, events, first) && ShiftedPairs(previous, events, first, out var here, out var there))
            {
                // Refinement (51): the classification alternates between two readings that differ by one ectopic pair
                // shifted by one interval (each one's repaired median gives the other); the pair whose total lies
                // closer to the two intervals around it is kept, instead of whichever the iteration count leaves.
                if (PairMisfit(rr, there - offset) < PairMisfit(rr, here - offset))
                {
                    events.RemoveRange(first, events.Count - first);
                    events.AddRange(previous);
                }

                break;
            }
        }

    }

    // Refinement (63): the subspace-1 rule in a later pass, for a pair beside the halves of a missed beat an earlier pass
    // split: the step into the pair from a half (or out of it into one) counts only where it passes the rule's limit by
    // EstimateMargin (StepAgainstSplit), as refinement (27) asks of the long and short rules.
    private static (double Before, double After) StepsBesideSplitHalves(ReadOnlySpan<IntervalOrigin> origins, ReadOnlySpan<double> nd, int j, double limit)
    {
        var before = j >= 2 && origins[j - 2] == IntervalOrigin.SplitHalf ? StepAgainstSplit(nd[j - 1], limit) : nd[j - 1];
        var after = origins[j + 1] == IntervalOrigin.SplitHalf ? StepAgainstSplit(nd[j + 1], limit) : nd[j + 1];
        return (before, after);
    }

    /// <summary>
    /// The published subspace-1 limit for the steps around a pair whose step within is <paramref name="within"/> (in Th1):
    /// −c1·within − c2 for a rise (a short–long pair: both neighbouring steps must lie below it), −c1·within + c2 for a
    /// drop (both must lie above it). Lipponen &amp; Tarvainen 2019, subspace S1 (c1 = 0.13, c2 = 0.17 by default).
    /// </summary>
    internal static double Subspace1Limit(double within, double c1, double c2) =>
        within > 0 ? (-c1 * within) - c2 : (-c1 * within) + c2;

    /// <summary>
    /// Refinement (63): a step of the subspace-1 rule (normalised by Th1) taken against a missed beat's even split, where
    /// the rule asks it to lie below <paramref name="limit"/> (a negative limit: the steps around a short–long pair) or
    /// above it (a positive limit: around a long–short pair). The split stands for two beats whose difference is a
    /// natural step, so a step against it that passes the limit by less than EstimateMargin was not measured to pass
    /// it and counts as no step (0, which never passes).
    /// </summary>
    internal static double StepAgainstSplit(double step, double limit) =>
        (limit < 0 ? step < limit - EstimateMargin : step > limit + EstimateMargin) ? step : 0;

    // Refinement (51): true when previous and events (from first) differ by exactly one ectopic pair each, one interval
    // apart; here is the events' pair, there the previous one's (indices with the run's offset).
    private static bool ShiftedPairs(List<RunEvent> previous, List<RunEvent> events, int first, out int here, out int there)
    {
        here = there = -1;
        var now = new HashSet<RunEvent>();
        for (var k = first; k < events.Count; k++) now.Add(events[k]);
        var before = new HashSet<RunEvent>(previous);
        var added = now.Where(e => !before.Contains(e)).ToList();
        var removed = before.Where(e => !now.Contains(e)).ToList();
        if (added.Count != 1 || removed.Count != 1 || added[0].Type != ArtifactType.Ectopic || removed[0].Type != ArtifactType.Ectopic
            || Math.Abs(added[0].Index - removed[0].Index) != 1) return false;
        here = added[0].Index;
        there = removed[0].Index;
        return true;
    }

    private static bool Same(List<RunEvent> previous, List<RunEvent> events, int first)
    {
        if (previous.Count != events.Count - first) return false;
        for (var k = 0; k < previous.Count; k++)
            if (previous[k] != events[first + k]) return false;
        return true;
    }

    // Classifies every interval of the run with the given thresholds (published rules plus refinements (2)–(4)).
    private void Classify(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> qd1, ReadOnlySpan<double> qd2,
        ReadOnlySpan<IntervalOrigin> origins, ArtifactCorrectionOptions o, List<RunEvent> events, int offset)
    {
        var m = rr.Length;
        var nd = _nd.AsSpan(0, m);
        var nm = _nm.AsSpan(0, m);
        var th2 = _th2.AsSpan(0, m);
        var used = _used.AsSpan(0, m);
        var marks = _marks.AsSpan(0, m);
        var dRaw = _dRaw.AsSpan(0, m);
        var mRaw = _mRaw.AsSpan(0, m);
        var refined = o.LipponenRefinements;
        var floor = o.LipponenMinimumThresholdPercent / 100.0;
        DetectorVectors.Normalise(dRaw, mRaw, qd1, qd2, med, floor, MinimumThresholdMs, nd, th2, nm);

        used.Clear();
        marks.Clear();
        var first = events.Count;
        var c1 = o.LipponenC1;
        var c2 = o.LipponenC2;
        if (refined) ExtraBeatRuns.Find(rr, used, marks, events, offset); // refinement (43)
        // Stage 1: ectopic beats (needs both neighbours of j).
        for (var j = 1; j < m - 1; j++)
        {
            j = DetectorVectors.NextBeyond(nd, default, j, m - 1);
            if (j >= m - 1) break;
            var a = nd[j];
            if (Math.Abs(a) <= 1) continue;
            var limit = Subspace1Limit(a, c1, c2);
            var (stepBefore, stepAfter) = refined && !origins.IsEmpty
                ? StepsBesideSplitHalves(origins, nd, j, limit)
                : (nd[j - 1], nd[j + 1]);
            var s12 = a > 0 ? Math.Max(stepBefore, stepAfter) : Math.Min(stepBefore, stepAfter);
            var ectopic = (a > 1 && s12 < limit) || (a < -1 && s12 > limit)
                || (refined && a > 1 && PauseAfterAnEarlyBeat(rr, j)); // refinement (49)
            if (!ectopic || used[j - 1] || used[j]) continue;
            if (refined && !OppositeAndComparable(rr[j - 1] - med[j - 1], rr[j] - med[j])
                && !(a > 0 && OppositeAndComparable(rr, j - 1, NeighbourMean(rr, med, used, marks, j - 2, j + 1)))
                && !(a > 0 && PrematureInASwing(rr, med, used, j - 1))) continue;
            if (refined && !OffMedian(rr, med, qd1, floor, j - 1) && !OffMedian(rr, med, qd1, floor, j)) continue;
            if (refined && NaturalAlternation(rr, med, qd1, floor, a, j - 1)) continue;
            if (refined && a > 0 && UncompensatedPauseNotAboveItsNeighbours(rr, med, j)) continue;
            if (refined && a < 0 && !LongShortCompensated(rr, med, j - 1)) continue;
            if (refined && a < 0 && ShortPairsWithNextPause(rr, med, j)) continue;
            if (refined && a < 0 && ShortStartsExtraBeat(rr, med, th2, used, marks, j)) continue;
            if (refined && PairOutOfProportion(rr, med, j - 1))
            {
                // Refinement (46): the long interval alone, judged on its own value as a flag of the mRR rule is (its
                // neighbours' step flags are tested again with it repaired), and a missed beat where stage 2's test says
                // so (refinement 54; 000: 1,086 805 [1,500] 750 ms, two beats of 750 ms merged after a natural fall).
                var k = rr[j - 1] > rr[j] ? j - 1 : j;
                used[k] = true;
                var missed = MissedRefined(rr, med, th2, used, marks, origins, k);
                marks[k] = missed ? BeatMark.Missed : BeatMark.MedianFlag;
                events.Add(new RunEvent(offset + k, missed ? ArtifactType.Missed : ArtifactType.Long));
                continue;
            }

            used[j - 1] = true;
            used[j] = true;
            marks[j - 1] = BeatMark.Ectopic;
            events.Add(new RunEvent(offset + j - 1, ArtifactType.Ectopic));
        }

        // Stage 2: long/short, missed and extra.
        for (var j = 0; j < m; j++)
        {
            j = DetectorVectors.NextBeyond(nd, nm, j, m);
            if (j >= m) break;
            if (used[j]) continue;
            var a = nd[j];
            var b = nm[j];
            if (Math.Abs(a) <= 1 && Math.Abs(b) <= 3) continue;
            var n1 = j + 1 < m ? nd[j + 1] : 0;
            var n2 = j + 2 < m ? nd[j + 2] : 0;
            var s22 = a >= 0 ? Math.Min(n1, n2) : Math.Max(n1, n2);
            var extraLike = SumsToOne(rr, med, th2, used, marks, j, refined);
            var eq3 = a > 1 && s22 < -1 && (!refined || n1 < -1);
            var eq5 = a < -1 && s22 > 1 && (!refined || n1 > 1 || extraLike);
            var eq4 = Math.Abs(b) > 3;
            var isLong = eq3 || (!eq5 && eq4 && rr[j] > med[j]);
            var isShort = eq5 || (!eq3 && eq4 && rr[j] <= med[j]);
            if (!isLong && !isShort) continue;
            if (refined && !eq4 && !OffMedian(rr, med, qd1, floor, j)) continue;
            if (refined && !eq4 && !extraLike && StepsNearThreshold(rr, med, qd1, floor, a, n1, j))
            {
                NearThreshold.Add(offset + j); // refinement (58)
                continue;
            }

            // Refinement (38): a long interval of the dRR rules alone right before an isolated ectopic pair of this pass
            // owes its drop to the premature beat; it is left to the next pass, which sees the pair corrected (item 49).
            if (refined && isLong && !eq4 && j + 1 < m && marks[j + 1] == BeatMark.Ectopic
                && !AnyUsed(used, j - IsolationBeats, j - 1) && !AnyUsed(used, j + 3, j + 2 + IsolationBeats)) continue;
            if (refined && isShort && extraLike && ShortBelongsToNext(rr, med, th2, used, marks, j)) continue;
            // Refinement (50): refinement (31)'s level test, for a short flag of the mRR rule alone, before the readings
            // that take the interval as part of an extra beat or as a premature interval whose pause an extra beat split
            // (test_13: 724 656 [592] 568 [265 323] 700 ms, the median lagging a fall at 724 ms; the 592 read as a
            // premature beat with 568 + 265 ms as its pause, the true extra beat's parts flagged apart).
            if (refined && isShort && eq4 && !eq3 && !eq5 && AtTheLevelOfANeighbour(rr, med, nd, used, j)) continue;

            if (refined && isShort && !extraLike && SplitsPairMember(rr, med, th2, used, j + 1, j))
            {
                // Refinement (24), the pause split: j is a premature interval; the extra beat is at j+1, and the
                // pair (j, merged pause) is left to the next pass.
                used[j + 1] = true;
                used[j + 2] = true;
                marks[j + 1] = BeatMark.Extra;
                events.Add(new RunEvent(offset + j + 1, ArtifactType.Extra));
                continue;
            }

            var splitsPremature = refined && isShort && !extraLike && SplitsPairMember(rr, med, th2, used, j, j + 2);
            used[j] = true;
            if (splitsPremature)
            {
                // Refinement (24), the premature interval split: the extra beat is at j, and its pause (j+2) is left
                // unflagged, to the next pass with the merged premature interval.
                used[j + 1] = true;
                used[j + 2] = true;
                marks[j] = BeatMark.Extra;
                events.Add(new RunEvent(offset + j, ArtifactType.Extra));
            }
            else if (refined && isShort && !extraLike && j + 1 < m && !used[j + 1] && (CompensatedPair(rr, med, th2, j) || FullCompensatoryPause(rr, used, j) || PauseBeforeALongInterval(rr, th2, used, j) || PairAfterAMissedBeat(rr, th2, used, marks, j)))
            {
                // Refinement (7): a short interval followed by a long one that together last two normal intervals is
                // a premature beat with its compensatory pause, even when the subspace-1 rule missed it because the
                // interval after the pause is itself off (adjacent artifacts).
                used[j + 1] = true;
                marks[j] = BeatMark.Ectopic;
                events.Add(new RunEvent(offset + j, ArtifactType.Ectopic));
            }
            else if (isShort && extraLike)
            {
                used[j + 1] = true;
                marks[j] = BeatMark.Extra;
                events.Add(new RunEvent(offset + j, ArtifactType.Extra));
            }
            else if (isLong && (refined ? MissedRefined(rr, med, th2, used, marks, origins, j) : Math.Abs((rr[j] / 2) - med[j]) < th2[j]))
            {
                marks[j] = BeatMark.Missed;
                events.Add(new RunEvent(offset + j, ArtifactType.Missed));
            }
            else if (refined && (eq4
                ? !eq3 && !eq5 && AtTheLevelOfANeighbour(rr, med, nd, used, j)
                : StepToSplitHalfWithinMargin(origins, a, n1, j)))
            {
                // Refinements (27) for a step flag, (31) for a flag of the mRR rule alone: not an artifact (a short flag
                // of the mRR rule alone is tested for (31) earlier, refinement 50; a long one only here, after the
                // missed-beat test: the first of two missed beats in a row lies at the level of the second).
                used[j] = false;
            }
            else
            {
                marks[j] = eq4 ? BeatMark.MedianFlag : BeatMark.StepFlag;
                events.Add(new RunEvent(offset + j, isLong ? ArtifactType.Long : ArtifactType.Short));
            }
        }

        if (refined) FlagNonSinusExcursions(rr, med, th2, used, marks, origins, events, offset); // refinements (45), (57)
        if (refined) FlagTwoBeatExcursions(rr, used, marks, origins, events, offset, floor); // refinement (56)
        if (refined) DropRepairedNeighbourFlags(rr, med, qd1, nm, floor, c1, c2, events, first, offset);
    }

    // Refinement (45): a recorded interval that leaves its predecessor and is left by its successor beyond Kamath and
    // Fallen's sinus limits, in opposite directions (a drop of over 24.5 % then a rise of over 32.5 %, or the mirror),
    // it and both neighbours recorded (no earlier pass's estimate) and not taken by an artifact of this pass, is short or
    // long, unless the rhythm reaches its level on its own nearby (LevelRecurs; since refinement 64 not for a short
    // interval entered by a shortening beyond the limit). The quartile thresholds scale with the local steps, so where
    // the rhythm swings one of an artifact's two steps can stay under Th1 (test_17: 596 [437] 772 ms, a ×0.7 interval
    // at the bottom of a swing, Th1 185 ms); the sinus limits do not scale with the swings.
    // On the clean benchmark recordings every interval with two such steps is flagged by the published rules already.
    // Refinement (57): one step beyond the limits is enough when the other goes back by at least ReturnShareOfLimit of
    // its own limit (a ×0.7 interval in test_17's resting swings, 956 [650] 776 ms: −32 % then +19 %), except for a long
    // interval whose only step beyond them is the lengthening into it where the rhythm reaches its level within
    // PauseRecursBeats. At rest the sinus node lengthens an interval abruptly and shortens it over beats: the ACTES
    // resting phases hold natural pauses entered by +36 to +63 % in one beat (test_08 804 [1,092] 932 ms, test_15 644
    // [908] 772 ms, 756 1,204 ms), each breath or so, while the shortening out of a pause stays within the limit; an
    // isolated one (test_17: 628 [994] 860 ms, a ×1.35 interval) is not such a pause. A step beyond the limits that the
    // next one does not undo is a change of level.
    // A long one is a missed beat where stage 2's test says so.
    private static void FlagNonSinusExcursions(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2,
        Span<bool> used, Span<BeatMark> marks, ReadOnlySpan<IntervalOrigin> origins, List<RunEvent> events, int offset)
    {
        // Intervals with both steps beyond the limits first (refinement 45), so that a natural interval beside one, which
        // shares its step, cannot take it (test_17: 736 [860] 568 756 ms, the 568 a ×0.7 interval of 812).
        // Only intervals beside a step beyond the limits can qualify; the others are passed over a vector at a time.
        var n = rr.Length;
        for (var j = 1; j < n - 1; j++)
        {
            j = Math.Max(j, DetectorVectors.NextNonSinusStep(rr, j, n) - 1);
            if (j < n - 1 && ExcursionShare(rr, used, origins, j) > 1) Flag(rr, med, th2, used, marks, origins, events, offset, j);
        }

        for (var j = 1; j < n - 1; j++)
        {
            j = Math.Max(j, DetectorVectors.NextNonSinusStep(rr, j, n) - 1);
            if (j < n - 1 && ExcursionShare(rr, used, origins, j) is >= ReturnShareOfLimit and <= 1 && !RecurringPause(rr, used, origins, j))
                Flag(rr, med, th2, used, marks, origins, events, offset, j);
        }

        static void Flag(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2, Span<bool> used, Span<BeatMark> marks,
            ReadOnlySpan<IntervalOrigin> origins, List<RunEvent> events, int offset, int j)
        {
            var longer = rr[j] > rr[j - 1];
            if (!EnteredByANonSinusShortening(rr, j, longer) && LevelRecurs(rr, used, origins, j)) return; // refinement (64)
            used[j] = true;
            var missed = longer && MissedRefined(rr, med, th2, used, marks, origins, j);
            if (missed) marks[j] = BeatMark.Missed;
            events.Add(new RunEvent(offset + j, missed ? ArtifactType.Missed : longer ? ArtifactType.Long : ArtifactType.Short));
        }

        // Refinement (64): a short interval entered by a shortening beyond Kamath and Fallen's limit is no natural trough,
        // whatever the level nearby. The sinus node shortens the interval over several beats (the lengthening into a
        // pause is the abrupt one), so a natural trough is approached by sinus steps; LevelRecurs's exception is for those.
        // test_17 single seed 0: 904 956 [650] 776 684 680 ms, a ×0.7 interval of 928 entered by −32 %, at the level of
        // the natural 684 and 680 two beats on. A long interval left by a shortening just beyond the limit can be a
        // natural pause (test_08: 888 [1,136] 848 ms, −25.3 %, one of a recurring pattern), so this is for short ones only.
        static bool EnteredByANonSinusShortening(ReadOnlySpan<double> rr, int j, bool longer) =>
            !longer && KamathLimits.StepShareOfLimit(rr[j - 1], rr[j]) > 1;

        // The smaller of the interval's two steps as a share of its limit (KamathLimits.StepShareOfLimit) when it and its
        // neighbours are recorded, its steps go opposite ways and the larger exceeds its limit; else 0.
        static double ExcursionShare(ReadOnlySpan<double> rr, ReadOnlySpan<bool> used, ReadOnlySpan<IntervalOrigin> origins, int j)
        {
            if (!Recorded(used, origins, j - 1) || !Recorded(used, origins, j) || !Recorded(used, origins, j + 1)) return 0;
            if (rr[j] > rr[j - 1] == rr[j + 1] > rr[j]) return 0;
            double shareIn = KamathLimits.StepShareOfLimit(rr[j - 1], rr[j]), shareOut = KamathLimits.StepShareOfLimit(rr[j], rr[j + 1]);
            return Math.Max(shareIn, shareOut) <= 1 ? 0 : Math.Min(shareIn, shareOut);
        }

        // Refinement (57): a long interval left within the limits (so entered beyond them) at a level the rhythm reaches
        // within PauseRecursBeats is a natural pause. Only the one-step scan asks: such an interval never has two steps
        // beyond the limits.
        static bool RecurringPause(ReadOnlySpan<double> rr, ReadOnlySpan<bool> used, ReadOnlySpan<IntervalOrigin> origins, int j) =>
            rr[j] > rr[j - 1] && KamathLimits.StepShareOfLimit(rr[j], rr[j + 1]) <= 1
            && LevelRecurs(rr, used, origins, j, PauseRecursBeats, PauseRecursFraction);

        // The rhythm reaches the interval's level on its own within `beats` either side (a recorded, unflagged interval
        // within `fraction` of it, beyond the neighbours): test_08's long beats every four or five (888 [1,136] 848 784
        // 816 [1,120] 828 840 [1,140] 1,060 ms) are one pattern, whichever of them has two steps beyond the limits.
        static bool LevelRecurs(ReadOnlySpan<double> rr, ReadOnlySpan<bool> used, ReadOnlySpan<IntervalOrigin> origins, int j,
            int beats = LevelRecursBeats, double fraction = LevelRecursFraction)
        {
            for (var k = Math.Max(0, j - beats); k <= Math.Min(rr.Length - 1, j + beats); k++)
                if (Math.Abs(k - j) > 1 && Recorded(used, origins, k) && Math.Abs(rr[k] - rr[j]) <= fraction * rr[j]) return true;
            return false;
        }
    }

    // Refinement (56): two recorded intervals in a row, off the same side of the two around them by at least the floor
    // (and at least OffMedianFloorFraction) of their mean, and on average (refinement 61; before, each) by at least
    // TwoBeatExcursionSteps times the median natural step nearby, where the two around them agree within
    // TwoBeatOuterAgreement and are the level (refinement 61, OuterIntervalsAtTheLevel), are each long or short. The published
    // long and short rules take the first of them only, by the return two intervals on; refinement (3) asks for the
    // return at the next interval and so takes neither: FatMax at 170 bpm, 578 [477 479] 587 ms among steps of 2–5 ms
    // (the clean recording's displaced beat 477 + 685 ms, its pause ×0.7), RMSSD +10 %; an exercise test,
    // 376 [454 420] 380 ms (its early 336 ms ×1.35: 76 and 42 ms off at natural steps of 4 ms, the smaller under 12
    // steps, so until refinement 61 the ×1.35 interval was kept, RMSSD +17.8 %); a 24-h recording, 610 [922 921] 618 ms.
    // Where the rhythm moves (its outer intervals disagree) or swings (natural steps of the size of the excursion), two
    // intervals off together are the rhythm, as refinement (3) says.
    private static void FlagTwoBeatExcursions(ReadOnlySpan<double> rr, Span<bool> used, Span<BeatMark> marks, ReadOnlySpan<IntervalOrigin> origins,
        List<RunEvent> events, int offset, double floor)
    {
        var least = Math.Max(floor, OffMedianFloorFraction);
        List<double>? steps = null;
        for (var j = 1; j + 2 < rr.Length; j++)
        {
            j = DetectorVectors.NextTwoBeatExcursion(rr, j, rr.Length - 2, TwoBeatOuterAgreement, least);
            if (j + 2 >= rr.Length) break;
            if (!Recorded(used, origins, j - 1) || !Recorded(used, origins, j) || !Recorded(used, origins, j + 1) || !Recorded(used, origins, j + 2)) continue;
            var outer = (rr[j - 1] + rr[j + 2]) / 2;
            if (Math.Abs(rr[j - 1] - rr[j + 2]) > TwoBeatOuterAgreement * outer) continue;
            double d1 = rr[j] - outer, d2 = rr[j + 1] - outer;
            var smaller = Math.Min(Math.Abs(d1), Math.Abs(d2));
            if (d1 * d2 <= 0 || smaller < least * outer) continue;
            if (!OuterIntervalsAtTheLevel(rr, j, smaller)) continue; // refinement (61)
            steps ??= [];
            steps.Clear();
            for (var k = Math.Max(1, j - TwoBeatStepBeats); k <= Math.Min(rr.Length - 1, j + 2 + TwoBeatStepBeats); k++)
                if ((k < j || k > j + 2) && Recorded(used, origins, k) && Recorded(used, origins, k - 1)) steps.Add(Math.Abs(rr[k] - rr[k - 1]));
            if (steps.Count < TwoBeatMinSteps) continue;
            steps.Sort();
            if ((Math.Abs(d1) + Math.Abs(d2)) / 2 < TwoBeatExcursionSteps * Math.Max(steps[steps.Count / 2], 1)) continue; // refinement (61)
            var type = d1 > 0 ? ArtifactType.Long : ArtifactType.Short;
            for (var k = j; k <= j + 1; k++)
            {
                used[k] = true;
                marks[k] = BeatMark.MedianFlag;
                events.Add(new RunEvent(offset + k, type));
            }

            j++;
        }
    }

    // Refinement (61): the two intervals around the excursion at j, j + 1 are the rhythm's level, not the flanks of a
    // natural wave: the steps into the first of them and out of the second are each at most OuterStepShare of the
    // excursion's smaller offset. 24-h 008: 563 554 563 648 [766 742] 641 633 609 ms and 640 633 633 695 [820 789] 704
    // 679 ms rise and fall over several beats, and their outer intervals agree only where the wave passes them.
    private static bool OuterIntervalsAtTheLevel(ReadOnlySpan<double> rr, int j, double smallerOffset) =>
        (j < 2 || Math.Abs(rr[j - 1] - rr[j - 2]) <= OuterStepShare * smallerOffset)
        && (j + 3 >= rr.Length || Math.Abs(rr[j + 3] - rr[j + 2]) <= OuterStepShare * smallerOffset);

    // Refinement (56): how closely the two intervals around an excursion agree (fraction of their mean), how many median
    // natural steps it must span (12: at 8, natural two-beat excursions of the 24-h recordings at 128 Hz were flagged,
    // docs/beat-quality.md item 80), and the window of natural steps (beats each side) with its least count.
    private const double TwoBeatOuterAgreement = 0.03;
    private const double TwoBeatExcursionSteps = 12;
    private const int TwoBeatStepBeats = 10;
    private const int TwoBeatMinSteps = 8;

    // Refinement (61): the largest step into and out of the excursion's outer intervals, as a share of its smaller offset.
    private const double OuterStepShare = 0.5;

    // Refinements (45) and (56): interval k is recorded (no earlier pass's estimate) and not taken by an artifact of this pass.
    private static bool Recorded(ReadOnlySpan<bool> used, ReadOnlySpan<IntervalOrigin> origins, int k) =>
        !used[k] && (origins.IsEmpty || origins[k] == IntervalOrigin.Recorded);

    // Refinement (57): the least share of its own Kamath and Fallen limit that the other step of an interval must reach
    // when one step exceeds its limit (0.3–0.5 change the same runs on the CI benchmark; 0.6 loses a single-interval
    // PPV run; 0 flags the first beat of changes of level and loses a single-interval row).
    private const double ReturnShareOfLimit = 0.5;

    // Refinement (57): a long interval whose only non-sinus step is the lengthening into it is a natural pause when the
    // rhythm reaches its level within this many beats either side, within this fraction (a breath at rest is 5–8 beats;
    // test_08's natural pauses recur after 9: at 8 beats 732 764 [1,156] 996 ms was flagged; 9–12 beats and 10–15 %
    // change the same CI runs, 12 beats and 15 % fewer full-benchmark runs).
    private const int PauseRecursBeats = 10;
    private const double PauseRecursFraction = 0.10;

    // Refinement (45): how near (beats either side, beyond the neighbours) and how close (fraction of the interval) the
    // rhythm's own level must come for a beat to be part of a pattern.
    private const int LevelRecursBeats = 5;
    private const double LevelRecursFraction = 0.05;

    // Refinements (12) and (14): long/short flags of the dRR rules, and ectopic pairs, next to an ectopic, extra or
    // missed beat, tested again with that artifact repaired (RepairedNeighbours); the events of this run are compacted
    // in place.
    private void DropRepairedNeighbourFlags(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> qd1,
        ReadOnlySpan<double> nm, double floor, double c1, double c2, List<RunEvent> events, int first, int offset)
    {
        var marks = _marks.AsSpan(0, rr.Length);
        var kept = first;
        for (var k = first; k < events.Count; k++)
        {
            var ev = events[k];
            var j = ev.Index - offset;
            if (marks[j] == BeatMark.StepFlag
                && !RepairedNeighbours.StillFlagged(rr, qd1, med, floor, marks, j, ev.Type == ArtifactType.Long)) continue;
            if (marks[j] == BeatMark.Ectopic && j >= 1 && j + 1 < rr.Length
                && !RepairedNeighbours.PairStillFlagged(rr, qd1, med, nm, floor, marks, j, c1, c2)) continue;
            events[kept++] = ev;
        }

        events.RemoveRange(kept, events.Count - kept);
    }

    // Refinement (13): the mean of the intervals before and after (an artifact's neighbours), when both exist, are not
    // flagged (a step flag does not count, refinement 16), lie within NeighbourAgreement of each other, and the local
    // median at the artifact lags it (differs from it by at least MedianLagFraction); NaN otherwise (every test against NaN fails). The 11-beat median lags where the
    // rhythm changes within a few beats; the neighbours are the local rhythm there (issue 14, subject_05: a premature
    // pair 478, 1,011 ms where the rhythm moves from 770 to 930 ms, median 896 ms). Where the median does not lag, the
    // neighbours add nothing but their own noise: natural zigzags of the 24-h recordings (719 [765 672] 727 ms) were
    // ectopic pairs against them.
    private static double NeighbourMean(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<bool> used, ReadOnlySpan<BeatMark> marks, int before, int after)
    {
        if (before < 0 || after >= rr.Length || Taken(used, marks, before) || Taken(used, marks, after)) return double.NaN;
        var mean = (rr[before] + rr[after]) / 2;
        var median = med[before + 1];
        if (Math.Abs(mean - median) < MedianLagFraction * median) return double.NaN;
        return Math.Abs(rr[before] - rr[after]) <= NeighbourAgreement * mean ? mean : double.NaN;
    }

    // Refinement (16): a neighbour flagged only by the dRR rules (a step flag) still serves as reference. An artifact's
    // own steps make its natural neighbour look long or short, and stage 2 meets that neighbour first: 1,000 1,156
    // [573 701] 1,250 ms (an extra beat where the rhythm slows from 1,000 to 1,250 ms; median 1,000 ms) flagged the
    // natural 1,156 long (the step up into it, the extra beat's drop after it), which then kept the neighbours' mean
    // (1,203 ms) from the sum test, and the extra beat became two short intervals. Refinement (12) drops the step flag
    // once the extra beat is found.
    private static bool Taken(ReadOnlySpan<bool> used, ReadOnlySpan<BeatMark> marks, int k) => used[k] && marks[k] != BeatMark.StepFlag;

    // Refinement (27): a long or short flag of the dRR rules alone (no mRR rule, not typed as an artifact) in a later
    // pass is not taken when its step into or out of the interval is taken against a half of a missed beat split by an
    // earlier pass and passes Th1 by less than EstimateMargin there. The even split stands for two beats whose
    // difference is a natural step, so each half is off its beat by half a natural step, of the order of the quartile
    // deviation Th1 / α ≈ 0.2 Th1: a step that passes Th1 by less was not measured to pass it (issue 14, nsr003 with
    // missed beats: 648 664 [727] 1,344 680 ms, split into 672 + 672 ms, flagged the natural 727 long by a step of
    // −55 ms against Th1 ≈ 54 ms; the clean recording has 695 and 648 ms there, a step of −32 ms).
    private static bool StepToSplitHalfWithinMargin(ReadOnlySpan<IntervalOrigin> origins, double stepIn, double stepOut, int j) =>
        !origins.IsEmpty
        && ((j > 0 && origins[j - 1] == IntervalOrigin.SplitHalf && Math.Abs(stepIn) < 1 + EstimateMargin)
            || (j + 1 < origins.Length && origins[j + 1] == IntervalOrigin.SplitHalf && Math.Abs(stepOut) < 1 + EstimateMargin));

    // Refinement (38): how far from a long interval and the ectopic pair after it no other artifact may lie. Where
    // artifacts crowd (a corrupted strap stretch), the next pass's view of the pair is no better than this one's, and
    // deferring there changed 2017_hrv.FIT's corrected values (3 beats were not enough; docs/beat-quality.md item 49).
    private const int IsolationBeats = 10;

    // Whether any interval from..to (clipped to the run) is already taken by an artifact.
    private static bool AnyUsed(ReadOnlySpan<bool> used, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(used.Length - 1, to);
        return from <= to && used[from..(to + 1)].Contains(true);
    }

    // Refinement (9): the interval itself lies off its local median by at least OffMedianFraction × Th1. A beat moved
    // out of place changes its own interval by about as much as the step it causes; natural beat-to-beat alternation
    // (one interval a little long, the next a little short, e.g. +63 and −46 ms around a 1,101-ms median) makes a step
    // of twice the offset of either interval. Without this rule, such zigzags were ectopic pairs on the 24-h
    // recordings (1–1.3 % of clean beats flagged).
    private static bool OffMedian(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> qd1, double floor, int j) =>
        Math.Abs(rr[j] - med[j]) >= OffMedianFraction * Threshold(qd1[j], Math.Min(floor, OffMedianFloorFraction) * med[j]);

    // Refinement (58): refinement (30)'s margin for a long or short flag of the dRR rules alone (not the mRR rule, not
    // part of an extra beat): the interval lies within NearThresholdOffsetFraction of its local median, the quartile
    // threshold is at least AlternationQuartileShare of the floor (natural steps of the order of Th1), and one of its
    // two steps passes Th1 by less than AlternationStepMargin. Such a flag follows the threshold, not the interval: on
    // the 24-h recordings a natural interval was flagged in most runs with artifacts and not on the clean recording
    // (000: 1,164 1,266 1,156 [1,305] 1,179 1,211 ms, Th1 131.3 ms on the clean recording and 122.2 ms where an injected
    // missed beat's steps are masked in its 91-beat window, so the drop passed at 1.03 Th1).
    private static bool StepsNearThreshold(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> qd1, double floor,
        double step, double nextStep, int j) =>
        Math.Min(Math.Abs(step), Math.Abs(nextStep)) < 1 + AlternationStepMargin
        && qd1[j] >= AlternationQuartileShare * floor * med[j]
        && Math.Abs(rr[j] - med[j]) < NearThresholdOffsetFraction * med[j];

    // Refinement (31): interval j, flagged by the mRR rule alone, lies at the level of an adjacent interval that no
    // artifact has taken: the step between them is under Th1, and the neighbour is off j's median on the same side
    // by at least LevelNeighbourShare of j's offset (against j's median, not its own: the two 11-beat windows differ
    // by one beat each end, and where the rhythm dips the one can hold the dip and the other the plateau, 840 against
    // 774 ms for 675 710 ms on subject_11; docs/beat-quality.md item 45). An artifact changes one interval, or two in opposite directions;
    // two neighbours off the median together are the rhythm moving faster than the 11-beat median follows (issue 14,
    // test_04: 540 [1,180] 772 780 692 ms, the rhythm rising from 560 to 780 ms; with the missed beat split into
    // 590 + 590 ms the median fell to 590 ms and both natural intervals were 3.0 Th2 long, which removed two natural
    // steps and 11 % of RMSSD). The neighbour's offset must be comparable: a ×0.7 interval before a natural one a
    // little short (716 [473] 616 ms, median 676 ms, Th1 146 ms in an exercise test) is still flagged. A short interval
    // at most ShortLevelMinFraction of its median is not a level of the rhythm: two double detections in a row
    // (823 [230 234] 730 ms, cardiocurver) stay flagged.
    private static bool AtTheLevelOfANeighbour(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> nd, ReadOnlySpan<bool> used, int j)
    {
        var offset = rr[j] - med[j];
        if (offset < 0 && rr[j] <= ShortLevelMinFraction * med[j]) return false;
        return (j >= 1 && !used[j - 1] && Math.Abs(nd[j]) < 1 && SameLevel(rr[j - 1] - med[j], offset))
            || (j + 1 < rr.Length && !used[j + 1] && Math.Abs(nd[j + 1]) < 1 && SameLevel(rr[j + 1] - med[j], offset));
    }

    private static bool SameLevel(double neighbourOffset, double offset) =>
        neighbourOffset * offset > 0 && Math.Abs(neighbourOffset) >= LevelNeighbourShare * Math.Abs(offset);

    /// <summary>Th1 or Th2: the quartile threshold, at least the floor (ms) and <c>MinimumThresholdMs</c>.</summary>
    internal static double Threshold(double quartileThreshold, double floor) =>
        Math.Max(Math.Max(quartileThreshold, floor), MinimumThresholdMs);

    /// <summary>Returns the scratch arrays to the pool.</summary>
    public void Release()
    {
        PooledArray.Return(ref _medR);
        PooledArray.Return(ref _rrRepaired);
        PooledArray.Return(ref _repairKind);
        PooledArray.Return(ref _repairKindNext);
        PooledArray.Return(ref _nd);
        PooledArray.Return(ref _nm);
        PooledArray.Return(ref _dRaw);
        PooledArray.Return(ref _mRaw);
        PooledArray.Return(ref _absD);
        PooledArray.Return(ref _absM);
        PooledArray.Return(ref _th2);
        PooledArray.Return(ref _exD);
        PooledArray.Return(ref _exM);
        PooledArray.Return(ref _newM);
        PooledArray.Return(ref _exD2);
        PooledArray.Return(ref _q1);
        PooledArray.Return(ref _q3);
        PooledArray.Return(ref _q1M);
        PooledArray.Return(ref _q3M);
        PooledArray.Return(ref _wide1);
        PooledArray.Return(ref _wide2);
        PooledArray.Return(ref _used);
        PooledArray.Return(ref _marks);
    }

    private void Ensure(int m)
    {
        PooledArray.Ensure(ref _medR, m);
        PooledArray.Ensure(ref _rrRepaired, m);
        PooledArray.Ensure(ref _repairKind, m);
        PooledArray.Ensure(ref _repairKindNext, m);
        PooledArray.Ensure(ref _nd, m);
        PooledArray.Ensure(ref _nm, m);
        PooledArray.Ensure(ref _dRaw, m);
        PooledArray.Ensure(ref _mRaw, m);
        PooledArray.Ensure(ref _absD, m);
        PooledArray.Ensure(ref _absM, m);
        PooledArray.Ensure(ref _th2, m);
        PooledArray.Ensure(ref _exD, m);
        PooledArray.Ensure(ref _exM, m);
        PooledArray.Ensure(ref _newM, m);
        PooledArray.Ensure(ref _exD2, m);
        PooledArray.Ensure(ref _q1, m);
        PooledArray.Ensure(ref _q3, m);
        PooledArray.Ensure(ref _q1M, m);
        PooledArray.Ensure(ref _q3M, m);
        PooledArray.Ensure(ref _wide1, m);
        PooledArray.Ensure(ref _wide2, m);
        PooledArray.Ensure(ref _used, m);
        PooledArray.Ensure(ref _marks, m);
    }
}
