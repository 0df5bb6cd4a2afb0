namespace Dashboard.Geo.Domain.Cases;

/// <summary>
/// How the victims were recruited (HTCDS "recruitment method"; the channel, e.g. the website or app, is kept beside it
/// as text). The seeds name sponsors (calo), placement agencies, online job adverts and social media as the usual ways.
/// </summary>
public enum RecruitmentMethod
{
    Unknown = 0,

    /// <summary>A sponsor or broker (calo, sponsor) who came to the village or the family.</summary>
    Broker = 1,

    /// <summary>A placement agency (P3MI, formerly PJTKI), licensed or not.</summary>
    PlacementAgency = 2,

    /// <summary>A job advert on a website or a job portal.</summary>
    OnlineJobAdvert = 3,

    /// <summary>Social media (Facebook, Instagram, TikTok…).</summary>
    SocialMedia = 4,

    /// <summary>A messaging app (WhatsApp, Telegram…).</summary>
    MessagingApp = 5,

    /// <summary>Through family, a friend or a partner.</summary>
    PersonalNetwork = 6,

    Other = 7,
}
