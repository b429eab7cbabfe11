import requests

AKOOL = "https://openapi.akool.com/api/open/v3/faceswap/quota/info"
headers = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOjcsImVtYWlsIjoiZGV2QGV4YW1wbGUudGVzdCIsImV4cCI6MTg5MzQ1NjAwMH0.pq0gCTkVjtxzofEV0DeKDrFrk4p1hOlQ9TfiD1I6wvU"}
print(requests.get(AKOOL, headers=headers).json())
