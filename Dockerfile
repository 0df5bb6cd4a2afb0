# Build: the .NET SDK plus Node.js and npm, which the web project uses at build time for its front-end assets.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish Dashboard.Web/Dashboard.Web.csproj -c Release -o /app \
 && dotnet publish Dashboard.Worker/Dashboard.Worker.csproj -c Release -o /worker

# The jobs worker (`docker build --target worker`): the risk map, early warning and alert sweep, without a web server.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS worker
WORKDIR /worker
COPY --from=build /worker .
USER $APP_UID
ENTRYPOINT ["dotnet", "Dashboard.Worker.dll"]

# The web app (the default target), as the image's unprivileged user, on the image's default port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS web
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Dashboard.Web.dll"]
