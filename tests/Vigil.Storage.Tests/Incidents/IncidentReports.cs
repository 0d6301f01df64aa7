namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// Small, realistic reports for the incident suite. Each was checked with <c>vigil extract FILE --json</c>
/// to yield exactly one incident mention with the values the tests rely on.
/// </summary>
internal static class IncidentReports
{
    /// <summary>Killing, Shiraz (Fars), 2019-11-17, killed 12+ (open-ended).</summary>
    public const string ShirazByMonitor =
        "---\ntitle: Security forces kill protesters in Shiraz\noutlet: Iran Human Rights Monitor\npublished: 2019-11-19\n---\n" +
        "Security forces shot dead at least 12 protesters in Shiraz on November 17, 2019, according to witnesses.\n";

    /// <summary>Killing, Shiraz, 2019-11-17, killed 15.</summary>
    public const string ShirazByAgency =
        "---\ntitle: Deadly crackdown in Shiraz\noutlet: Kurdistan Press Agency\npublished: 2019-11-20\n---\n" +
        "Riot police killed 15 demonstrators in Shiraz on 17 November 2019, local sources said.\n";

    /// <summary>Killing, Shiraz, 2019-11-17, killed 40.</summary>
    public const string ShirazByRadio =
        "---\ntitle: Shiraz death toll rises\noutlet: Radio Zamaneh\npublished: 2019-11-22\n---\n" +
        "40 people were killed in Shiraz on Nov. 17, 2019 when security forces opened fire on protesters, rights groups said.\n";

    /// <summary>Killing, Shiraz, month precision (2019-11), killed 20+: joins the day-precision Shiraz incident.</summary>
    public const string ShirazByAmnesty =
        "---\ntitle: Amnesty: protesters killed across Fars\noutlet: Amnesty International\npublished: 2019-12-02\n---\n" +
        "Security forces killed at least 20 protesters in Shiraz in November 2019, Amnesty International said.\n";

    /// <summary>Arrest, Mashhad (Razavi Khorasan), 2019-11-18, arrested 30.</summary>
    public const string MashhadArrests =
        "---\ntitle: Mass arrests in Mashhad\noutlet: Kurdistan Press Agency\npublished: 2019-11-19\n---\n" +
        "Security forces arrested 30 protesters in Mashhad on November 18, 2019.\n";

    /// <summary>Strike, Ahvaz (Khuzestan), month precision (2020-03), no figures.</summary>
    public const string AhvazStrike =
        "---\ntitle: Steel workers strike in Ahvaz\noutlet: Radio Zamaneh\npublished: 2020-04-02\n---\n" +
        "Hundreds of steel workers went on strike in Ahvaz in March 2020 over unpaid wages.\n";

    /// <summary>Arrest, Tabriz (East Azerbaijan), no date at all (neither the text nor a publication date gives one), arrested 12.</summary>
    public const string TabrizUndated =
        "---\ntitle: Students detained in Tabriz\noutlet: Radio Zamaneh\n---\n" +
        "Security forces arrested 12 students in Tabriz, activists said.\n";
}
