# Build: the .NET SDK plus Node.js and npm, which the web project uses at build time for its front-end assets.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish Dashboard.Web/Dashboard.Web.csproj -c Release -o /app

# Run: the ASP.NET Core runtime alone, as the image's unprivileged user, on the image's default port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Dashboard.Web.dll"]
