using System.Globalization;
using Bunit;
using Dashboard.Geo.Gazetteer;
using Dashboard.Web.Cases;
using Dashboard.Web.Tests.Map;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Cases;

/// <summary>The case form's messages: its own checks before anything is sent, and the register's verdicts by field.</summary>
public sealed class CaseFormTests : MapTestContext
{
    public CaseFormTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The village picker only searches when typed into; these tests never type there.
        Services.AddSingleton(new GazetteerLookup(null!));
    }

    [Fact]
    public void SubmittingAnEmptyForm_ShowsEachMissingFieldInIndonesian_AndSendsNothing()
    {
        var sent = false;
        var model = new CaseFormModel { ReportingAgency = "", ReportedOn = null };
        model.Victims[0].Count = 0;
        var cut = Render<CaseForm>(p => p.Add(x => x.Model, model).Add(x => x.OnValidSubmit, _ => sent = true));

        cut.Find("[data-testid=case-form]").Submit();

        Assert.False(sent);
        Assert.Contains("Nomor perkara wajib diisi", cut.Find("[data-testid=error-reference]").TextContent);
        Assert.Contains("Instansi pelapor wajib diisi", cut.Find("[data-testid=error-reportingAgency]").TextContent);
        Assert.Contains("Tanggal dilaporkan wajib diisi", cut.Find("[data-testid=error-reportedOn]").TextContent);
        Assert.Contains("sedikitnya satu korban", cut.Find("[data-testid=error-victims]").TextContent);
        Assert.Contains("modus operandi", cut.Find("[data-testid=error-modusOperandi]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=error-destinationCountry]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=error-regencyCode]"));
    }

    [Fact]
    public void TheRegistersVerdicts_AreShownByField_InEnglishToo()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var errors = new Dictionary<string, string[]>
        {
            ["location"] = ["the recruitment point lies outside Indonesia."],
            ["victims[0].count"] = ["count must be a whole number from 0 to 10000."],
            ["villageCode"] = ["not in the gazetteer"],
        };

        var cut = Render<CaseForm>(p => p.Add(x => x.Model, new CaseFormModel()).Add(x => x.Errors, errors));

        Assert.Contains("inside Indonesia", cut.Find("[data-testid=error-location]").TextContent);
        Assert.Contains("whole number", cut.Find("[data-testid=error-victims-0]").TextContent);
        Assert.Contains("gazetteer", cut.Find("[data-testid=error-villageCode]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=error-reference]"));
    }

    [Fact]
    public void AFilledForm_IsHandedOn_AsTheRegistersInput()
    {
        CaseInput? sent = null;
        var model = new CaseFormModel { Reference = "LP/FORM/1", RegencyCode = "53.01", ModusOperandi = "ONLINE_SCAM_JOB", DestinationCountry = "KH" };
        var cut = Render<CaseForm>(p => p.Add(x => x.Model, model).Add(x => x.OnValidSubmit, m => sent = m.ToInput()));

        cut.Find("[data-testid=case-form]").Submit();

        Assert.NotNull(sent);
        Assert.Equal(("LP/FORM/1", "53.01", "KH"), (sent.Reference, sent.RegencyCode, sent.DestinationCountry));
        Assert.Empty(cut.FindAll(".field-error"));
    }
}
